import Taro from '@tarojs/taro'

/**
 * The user's own font-size setting as a scale factor (1 = standard). WeChat exposes it through
 * getAppBaseInfo (fontSizeScaleFactor, up to ~1.5 in its care mode); browsers apply their own
 * zoom, so H5 reports 1 and relies on rem/px scaling by the browser.
 */
export function readSystemFontScale(): number {
  try {
    const info = Taro.getAppBaseInfo?.() as { fontSizeScaleFactor?: number } | undefined
    const factor = info?.fontSizeScaleFactor
    return typeof factor === 'number' && Number.isFinite(factor) && factor > 0 ? factor : 1
  } catch {
    return 1
  }
}
