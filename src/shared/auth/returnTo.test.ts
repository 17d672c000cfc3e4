import { DEFAULT_AFTER_LOGIN, loginUrl, safeReturnTo } from './returnTo'

describe('safeReturnTo', () => {
  it('returns to one of our own pages with its query', () => {
    expect(safeReturnTo(encodeURIComponent('/packages/account/realname/index?from=me'))).toBe(
      '/packages/account/realname/index?from=me',
    )
    expect(safeReturnTo('/pages/appointments/index')).toBe('/pages/appointments/index')
  })

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['another site', 'https://evil.example/pages/me/index'],
    ['protocol-relative', '//evil.example'],
    ['javascript', 'javascript:alert(1)'],
    ['login loop', '/packages/account/login/index?redirect=x'],
    ['broken encoding', '%E0%A4%A'],
  ])('falls back to 我的 for %s', (_label, candidate) => {
    expect(safeReturnTo(candidate)).toBe(DEFAULT_AFTER_LOGIN)
  })

  it('round-trips through loginUrl', () => {
    const url = loginUrl('/packages/account/realname/index?from=me')
    const redirect = new URLSearchParams(url.split('?')[1]).get('redirect')
    expect(safeReturnTo(redirect)).toBe('/packages/account/realname/index?from=me')
  })
})
