import Taro from '@tarojs/taro'

/** Short, non-blocking feedback. Kept as text only: elder mode forbids icons as the only cue. */
export function showToast(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2500 }).catch(() => undefined)
}

export async function confirm(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  try {
    const result = await Taro.showModal({ title, content, confirmText, cancelText: '取消' })
    return result.confirm
  } catch {
    return false
  }
}
