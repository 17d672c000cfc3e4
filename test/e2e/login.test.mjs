// First-run privacy consent, SMS login, what the app keeps about the citizen, logout, and login on demand.
import assert from 'node:assert/strict'
import {
  HOME_ROUTE,
  LOGIN_ROUTE,
  ME_ROUTE,
  acceptConsent,
  consentDialog,
  control,
  currentPage,
  currentRoute,
  e2e,
  field,
  loginBySms,
  maskPhone,
  newPhone,
  openPage,
  tap,
  waitForPage,
  waitForRoute,
} from './browser.mjs'

const REALNAME_ROUTE = 'packages/account/realname/index'
// 我的 offers a guest 登录 (or 登录/注册, 立即登录); a signed-in citizen gets 退出登录 instead.
const GUEST_ENTRY = /^(立即)?登录(\s*\/\s*注册)?$/

/** Where the full phone number can be read in clear text: DOM, input values, web storage, cookies. */
async function placesShowingPhone(page, phone) {
  return page.evaluate((digits) => {
    const places = []
    if (document.documentElement.outerHTML.includes(digits)) places.push('DOM')
    for (const input of document.querySelectorAll('input, textarea')) {
      if (input.value.includes(digits)) places.push(`value of <input name=${input.name}>`)
    }
    for (const [storeName, store] of [
      ['localStorage', localStorage],
      ['sessionStorage', sessionStorage],
    ]) {
      for (let i = 0; i < store.length; i++) {
        const key = store.key(i)
        if (`${key}${store.getItem(key)}`.includes(digits)) places.push(`${storeName}["${key}"]`)
      }
    }
    if (document.cookie.includes(digits)) places.push('document.cookie')
    return places
  }, phone)
}

e2e(
  'first run asks for privacy consent; 不同意 still lets a guest browse and sends nothing',
  async ({ page, context }) => {
    const sent = []
    page.on('request', (req) => {
      if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method()) || req.headers().authorization) {
        sent.push(`${req.method()} ${req.url()}`)
      }
    })
    await openPage(page, HOME_ROUTE)
    const dialog = consentDialog(page)
    await dialog.waitFor({ timeout: 10_000 })
    assert.match(await dialog.innerText(), /隐私/, 'the consent dialog should say it is about privacy (隐私)')
    await tap(page, '不同意')
    await dialog.waitFor({ state: 'hidden' })

    await page.getByRole('link', { name: '办事', exact: true }).click()
    await waitForRoute(page, 'pages/services/index')
    await page.getByRole('link', { name: '首页', exact: true }).click()
    await waitForRoute(page, HOME_ROUTE)

    assert.deepEqual(sent, [], 'after 不同意 the app must not submit anything')
    assert.deepEqual(await context.cookies(), [], 'after 不同意 the app must not set cookies')
  },
)

e2e('同意并继续 is remembered after a reload', async ({ page }) => {
  await openPage(page, HOME_ROUTE)
  await acceptConsent(page)
  await page.reload()
  await page.waitForLoadState('networkidle')
  await waitForPage(page)
  assert.equal(await consentDialog(page).count(), 0, 'consent was asked again after 同意并继续')
})

e2e(
  'SMS login as a new citizen shows only the masked phone, survives a reload, and logout returns to guest',
  async ({ page }) => {
    const phone = newPhone()
    const masked = maskPhone(phone)
    await openPage(page, ME_ROUTE)
    await acceptConsent(page)
    await tap(page, GUEST_ENTRY)
    await waitForRoute(page, LOGIN_ROUTE)
    await loginBySms(page, phone)
    assert.equal(currentRoute(page), ME_ROUTE, 'after login the citizen should be back on 我的')
    await currentPage(page).getByText(masked).waitFor({ timeout: 10_000 })
    assert.deepEqual(
      await placesShowingPhone(page, phone),
      [],
      `the full phone ${phone} is readable in clear text`,
    )

    await page.reload()
    await page.waitForLoadState('networkidle')
    await waitForPage(page)
    await currentPage(page).getByText(masked).waitFor({ timeout: 10_000 })
    assert.deepEqual(
      await placesShowingPhone(page, phone),
      [],
      `after reload the full phone ${phone} is readable`,
    )

    await tap(page, /退出登录/)
    // Logging out may ask for confirmation, in an accessible dialog or in Taro's showModal (plain divs).
    const confirm = page
      .getByRole('dialog')
      .getByRole('button', { name: /^(确定|确认|退出|退出登录)$/ })
      .or(page.locator('.taro-model__confirm'))
      .filter({ visible: true })
    const guestEntry = control(page, GUEST_ENTRY)
    await Promise.race([guestEntry.waitFor(), confirm.waitFor()])
    if (await confirm.isVisible()) await confirm.click()
    await guestEntry.waitFor({ timeout: 10_000 })
    assert.equal(await page.getByText(masked).count(), 0, 'the masked phone is still shown after logout')

    await page.reload()
    await page.waitForLoadState('networkidle')
    await waitForPage(page)
    await control(page, GUEST_ENTRY).waitFor({ timeout: 10_000 })
  },
)

e2e('a guest tapping 实名认证 is asked to log in and then lands on 实名认证', async ({ page }) => {
  await openPage(page, ME_ROUTE)
  await acceptConsent(page)
  await tap(page, /实名认证/)
  await waitForRoute(page, LOGIN_ROUTE)
  await loginBySms(page, newPhone())
  assert.equal(currentRoute(page), REALNAME_ROUTE, 'after login the citizen should continue to 实名认证')
  await field(page, /姓名/).waitFor({ timeout: 10_000 })
  await field(page, /身份证/).waitFor({ timeout: 10_000 })
})
