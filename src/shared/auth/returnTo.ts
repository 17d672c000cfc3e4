/** Where login sends the citizen back to. Only our own pages: a redirect must never leave the app. */
export const LOGIN_ROUTE = '/packages/account/login/index'
export const DEFAULT_AFTER_LOGIN = '/pages/me/index'

export function safeReturnTo(candidate: string | undefined | null): string {
  if (!candidate) return DEFAULT_AFTER_LOGIN
  let decoded: string
  try {
    decoded = decodeURIComponent(candidate)
  } catch {
    return DEFAULT_AFTER_LOGIN
  }
  const isOwnPage = /^\/(pages|packages)\/[\w/-]+(\?[\w=&%.-]*)?$/.test(decoded)
  return isOwnPage && !decoded.startsWith(LOGIN_ROUTE) ? decoded : DEFAULT_AFTER_LOGIN
}

export function loginUrl(returnTo: string | undefined): string {
  return returnTo ? `${LOGIN_ROUTE}?redirect=${encodeURIComponent(returnTo)}` : LOGIN_ROUTE
}
