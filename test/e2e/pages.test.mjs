// Every page of src/app.config.ts opens in a real browser from the production build, shows something, throws
// nothing and has no serious accessibility violation — as a guest and as a signed-in citizen.
import assert from 'node:assert/strict'
import { appPages } from './app-config.mjs'
import {
  HOME_ROUTE,
  LOGIN_ROUTE,
  ME_ROUTE,
  acceptConsent,
  assertNoSeriousA11yIssues,
  control,
  currentPage,
  currentRoute,
  e2e,
  maskPhone,
  openPage,
  signIn,
  waitForPage,
} from './browser.mjs'

const pages = await appPages()
const titles = new Map(pages.map(({ route, title }) => [route, title]))

async function assertPageUsable(page, route) {
  const shown = currentRoute(page)
  assert.equal(shown, route, `expected ${route} on screen, got ${shown}`)
  const text = await currentPage(page).innerText()
  assert.ok(text.trim().length > 0, `${route} shows no text`)
  const title = titles.get(route)
  if (title) assert.equal(await page.title(), title, `${route}: the browser tab should say ${title}`)
  await assertNoSeriousA11yIssues(page, route)
}

for (const { route } of pages) {
  e2e(`guest: ${route}`, async ({ page }) => {
    await openPage(page, HOME_ROUTE)
    await acceptConsent(page)
    await openPage(page, route)
    const shown = currentRoute(page)
    // A page that needs identity must send a guest to login, never leave them on a blank or broken page.
    if (shown !== route)
      assert.equal(shown, LOGIN_ROUTE, `${route} sent a guest to ${shown} instead of login`)
    await assertPageUsable(page, shown)
  })
}

e2e(
  'signed in: every page',
  async ({ page }) => {
    await signIn(page)
    for (const { route } of pages) {
      await openPage(page, route)
      // Only the login page may move a signed-in citizen elsewhere (there is nothing to log in to).
      if (route === LOGIN_ROUTE && currentRoute(page) !== LOGIN_ROUTE) continue
      await assertPageUsable(page, route)
    }
  },
  { timeout: 30_000 + pages.length * 10_000 },
)

// What a broken gateway or platform can send instead of the contract's JSON.
const GARBAGE = [
  { name: 'truncated JSON', status: 200, contentType: 'application/json', body: '{"id":"u1","phoneMa' },
  {
    name: 'an HTML error page',
    status: 200,
    contentType: 'text/html',
    body: '<html><body><h1>502 Bad Gateway</h1></body></html>',
  },
  { name: 'a bare 500', status: 500, contentType: 'text/plain', body: 'Internal Server Error' },
]

e2e('我的 explains a broken /me answer in plain Chinese and recovers on retry', async ({ page }) => {
  const phone = await signIn(page)
  for (const garbage of GARBAGE) {
    await page.route('**/api/v1/me', (route) =>
      route.fulfill({ status: garbage.status, contentType: garbage.contentType, body: garbage.body }),
    )
    await openPage(page, ME_ROUTE)
    const message = currentPage(page)
      .getByText(/出错|失败|稍后再试/)
      .first()
    await message.waitFor({ timeout: 10_000 }).catch(() => {
      throw new Error(`no error message on 我的 when /me answers ${garbage.name}`)
    })
    const retry = control(page, /重试|再试一次|刷新/)
    await retry.waitFor({ timeout: 5_000 }).catch(() => {
      throw new Error(`no retry button when /me answers ${garbage.name}`)
    })
    await page.unroute('**/api/v1/me')
    if (garbage === GARBAGE.at(-1)) {
      // The platform is back: one tap on retry must bring the citizen's own data, with no reload.
      await retry.click()
      await currentPage(page).getByText(maskPhone(phone)).waitFor({ timeout: 10_000 })
      await waitForPage(page)
    }
  }
})
