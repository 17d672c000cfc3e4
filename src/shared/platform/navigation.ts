import Taro from '@tarojs/taro'

/** Tab pages cannot be opened with navigateTo on weapp; callers pass any route and this picks the API. */
export const TAB_ROUTES = [
  '/pages/index/index',
  '/pages/services/index',
  '/pages/appointments/index',
  '/pages/me/index',
] as const

function pathOf(url: string): string {
  return url.split('?')[0] ?? url
}

export function isTabRoute(url: string): boolean {
  return (TAB_ROUTES as readonly string[]).includes(pathOf(url))
}

export function openRoute(url: string): void {
  if (isTabRoute(url)) void Taro.switchTab({ url: pathOf(url) }).catch(() => undefined)
  else void Taro.navigateTo({ url }).catch(() => void Taro.redirectTo({ url }).catch(() => undefined))
}

/**
 * Replace the current page (after login: the login page, with what was typed in it, must not stay
 * in the stack). For a tab, switchTab would leave it alive behind the tab on H5, so relaunch there.
 */
export function replaceRoute(url: string): void {
  if (isTabRoute(url)) void Taro.reLaunch({ url: pathOf(url) }).catch(() => undefined)
  else void Taro.redirectTo({ url }).catch(() => undefined)
}

export function goBack(fallbackUrl: string = TAB_ROUTES[0]): void {
  if (Taro.getCurrentPages().length > 1) void Taro.navigateBack().catch(() => replaceRoute(fallbackUrl))
  else replaceRoute(fallbackUrl)
}

/** The route of the page on top of the stack, with its query, for "come back here after login". */
export function currentRoute(): string | undefined {
  const pages = Taro.getCurrentPages()
  const top = pages[pages.length - 1]
  if (!top?.route) return undefined
  const query = Object.entries((top as { options?: Record<string, string> }).options ?? {})
    .filter(([key]) => key !== '$taroTimestamp' && key !== 'stamp')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
    .join('&')
  return `/${top.route.replace(/^\//, '')}${query ? `?${query}` : ''}`
}
