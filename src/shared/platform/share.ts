import Taro from '@tarojs/taro'

/**
 * Sharing a page of the app outside WeChat (H5). In the mini-program a page is shared with WeChat's own
 * share button and the page's onShareAppMessage instead. Shared links carry public ids only.
 */
export function webLinkTo(route: string): string {
  return `${location.origin}${location.pathname}#${route}`
}

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'failed'

/** The phone's share sheet where the browser has one, else the link is copied. Resolves to what happened. */
export async function shareWebLink(title: string, route: string): Promise<ShareOutcome> {
  const url = webLinkTo(route)
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, url })
      return 'shared'
    } catch (error) {
      if (error instanceof Error && error.name === 'AbortError') return 'cancelled'
      // Not allowed in this browser or frame: copying still works.
    }
  }
  try {
    await Taro.setClipboardData({ data: `${title} ${url}` })
    return 'copied'
  } catch {
    return 'failed'
  }
}
