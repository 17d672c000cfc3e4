import path from 'node:path'
import { compile } from 'sass'
import { ELDER_DOCUMENT_CLASS } from '../preferences/elderDocument'

// Taro's H5 tab bar as it renders (@tarojs/components taro-tabbar), with Taro's own label rule first, then
// ours compiled from the SCSS the app imports. The bar is outside every page, so <Screen>'s `.elder` and
// its CSS variables never reach it: 长辈版 must come through the class on <html>.
const TARO_TABBAR_CSS = ':root{--taro-tabbar-height:50px}.weui-tabbar__label{font-size:10px;line-height:1.8}'

function labelStyle() {
  const label = document.querySelector('.weui-tabbar__label') as HTMLElement
  const style = getComputedStyle(label)
  const fontSize = parseFloat(style.fontSize)
  // A unitless line height is a multiple of the font size; a px one is absolute.
  const lineHeight = style.lineHeight.endsWith('px')
    ? parseFloat(style.lineHeight) / fontSize
    : parseFloat(style.lineHeight)
  return { fontSize, lineHeight }
}

beforeAll(() => {
  const style = document.createElement('style')
  style.textContent = TARO_TABBAR_CSS + compile(path.join(__dirname, 'tabbar-h5.scss')).css
  document.head.append(style)
  document.body.innerHTML = `
    <taro-tabbar class="taro-tabbar__tabbar taro-tabbar__tabbar-bottom"><div class="weui-tabbar">
      <a class="weui-tabbar__item weui-bar__item_on"><span><img class="weui-tabbar__icon"></span>
        <p class="weui-tabbar__label">首页</p></a>
    </div></taro-tabbar>`
})

afterEach(() => document.documentElement.classList.remove(ELDER_DOCUMENT_CLASS))

describe('H5 tab bar labels', () => {
  it('are 17 px, line height 1.4, in the standard mode', () => {
    expect(labelStyle()).toEqual({ fontSize: 17, lineHeight: 1.4 })
  })

  it('in 长辈版 are at least 18 px with a line height of at least 1.3 (MIIT 适老化)', () => {
    document.documentElement.classList.add(ELDER_DOCUMENT_CLASS)
    const { fontSize, lineHeight } = labelStyle()
    expect(fontSize).toBeGreaterThanOrEqual(18)
    expect(lineHeight).toBeGreaterThanOrEqual(1.3)
  })
})
