import Taro from '@tarojs/taro'

/** A step that replaces the page's content in place (a question page) starts at the top, like a new page. */
export function scrollToTop(): void {
  void Taro.pageScrollTo({ scrollTop: 0, duration: 0 }).catch(() => undefined)
}
