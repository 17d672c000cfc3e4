// Shared helpers for the H5 end-to-end tests: Debian's chromium driven by playwright-core against the production
// build served by scripts/serve-h5.mjs and the platform simulator. Run through `npm run test:e2e`, which sets
// E2E_BASE_URL (the served app) and E2E_API_URL (the simulator's /api/v1).
import assert from 'node:assert/strict'
import { mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { fileURLToPath } from 'node:url'
import { randomInt } from 'node:crypto'
import { after, test } from 'node:test'
import { chromium } from 'playwright-core'

export const BASE_URL = process.env.E2E_BASE_URL
export const API_URL = process.env.E2E_API_URL
if (!BASE_URL || !API_URL)
  throw new Error('E2E_BASE_URL / E2E_API_URL are not set: run the suite with `npm run test:e2e`')

export const HOME_ROUTE = 'pages/index/index'
export const ME_ROUTE = 'pages/me/index'
export const LOGIN_ROUTE = 'packages/account/login/index'

const CHROMIUM = '/usr/bin/chromium'
const RESULTS_DIR = new URL('../../test-results/', import.meta.url)
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
// Taro's H5 router marks a page `taro_page_show taro_page_stationed` once its slide-in transition has ended, and
// `taro_page_shade` once it is covered by another page. That is the only reliable "page is on screen" signal.
const SETTLED_PAGE = '.taro_page.taro_page_show.taro_page_stationed:not(.taro_page_shade)'

let browserPromise
function browser() {
  browserPromise ??= chromium.launch({
    executablePath: CHROMIUM,
    // Without the background-networking flags chromium keeps dialling Google hosts, which this sandbox refuses.
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  return browserPromise
}
after(async () => {
  if (browserPromise) await (await browserPromise).close()
})

function isLoopback(url) {
  return ['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)
}

/**
 * A node:test test with a fresh browser context (a first-time visitor on a phone). Fails on uncaught page errors
 * and on any request that leaves the machine (a government app must not call third parties); on failure it saves
 * a screenshot in test-results/ and prints the console errors.
 */
export function e2e(name, fn, { timeout = 60_000 } = {}) {
  test(name, { timeout }, async (t) => {
    const context = await (
      await browser()
    ).newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: 2,
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    })
    const problems = { pageErrors: [], consoleErrors: [], external: [] }
    await context.route(
      (url) => url.protocol.startsWith('http') && !isLoopback(url),
      (route) => {
        problems.external.push(route.request().url())
        return route.abort('blockedbyclient')
      },
    )
    const page = await context.newPage()
    page.on('pageerror', (err) => problems.pageErrors.push(err.stack ?? String(err)))
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.consoleErrors.push(msg.text())
    })
    try {
      await fn({ page, context, t })
      assert.deepEqual(problems.pageErrors, [], 'uncaught errors in the page')
      assert.deepEqual(problems.external, [], 'the app tried to reach hosts outside this machine')
    } catch (err) {
      await mkdir(RESULTS_DIR, { recursive: true })
      const file = fileURLToPath(new URL(`${name.replace(/[^\p{L}\p{N}]+/gu, '-')}.png`, RESULTS_DIR))
      await page.screenshot({ path: file, fullPage: true }).catch(() => {})
      t.diagnostic(`screenshot: ${file}`)
      for (const line of problems.consoleErrors) t.diagnostic(`console error: ${line}`)
      for (const line of problems.pageErrors) t.diagnostic(`page error: ${line}`)
      throw err
    } finally {
      await context.close()
    }
  })
}

/** The route in a URL's hash, e.g. `pages/me/index` for `/#/pages/me/index?x=1`. */
function routeOf(url) {
  return url.hash.replace(/^#\/?/, '').split('?')[0]
}

/** The route shown in the address bar. */
export function currentRoute(page) {
  return routeOf(new URL(page.url()))
}

/** The page on screen: Taro gives each page element the id `/<route>?stamp=…`. */
export function currentPage(page) {
  const route = currentRoute(page)
  return page.locator(`.taro_page[id="/${route}"], .taro_page[id^="/${route}?"]`).last()
}

/**
 * Waits until the page of the route in the address bar has slid in and shows text: a blank page never passes,
 * and after a redirect it waits for the page redirected to.
 */
export async function waitForPage(page, { timeout = 15_000 } = {}) {
  await page
    .waitForFunction(
      (settled) => {
        const route = location.hash.replace(/^#\/?/, '').split('?')[0]
        const el = [...document.querySelectorAll('.taro_page')].findLast(
          (p) => p.id.split('?')[0] === `/${route}`,
        )
        return Boolean(el?.matches(settled) && el.checkVisibility() && el.innerText.trim())
      },
      SETTLED_PAGE,
      { timeout },
    )
    .catch((err) => {
      throw new Error(`${currentRoute(page)}: no text on screen after ${timeout / 1000} s (a blank page)`, {
        cause: err,
      })
    })
  return currentPage(page)
}

/** Waits until the address bar shows `route` (after a tap, a redirect), then for its page to be on screen. */
export async function waitForRoute(page, route, { timeout = 15_000 } = {}) {
  await page.waitForURL((url) => routeOf(url) === route, { timeout })
  return waitForPage(page)
}

/**
 * Opens the app at a route as a cold start — what a citizen gets from a shared link or a bookmark. Going through
 * about:blank forces a full load; a hash-only change would be handled by the already-running router instead.
 */
export async function openPage(page, route) {
  await page.goto('about:blank')
  await page.goto(`${BASE_URL}/#/${route}`)
  // Lets a start-up redirect (a guest sent to login) happen before we decide which page is on screen.
  await page.waitForLoadState('networkidle')
  return waitForPage(page)
}

/** A control as assistive technology sees it: role button or link, found by its accessible name. */
export function control(page, name) {
  return page
    .getByRole('button', { name })
    .or(page.getByRole('link', { name }))
    .filter({ visible: true })
    .first()
}

/**
 * Taps a control found by role. When the text is on screen but not exposed as a button/link (e.g. Taro's H5
 * <Button> renders <taro-button-core> without role="button"), says so: screen-reader users cannot use it either.
 */
export async function tap(page, name, { timeout = 10_000 } = {}) {
  const target = control(page, name)
  try {
    await target.waitFor({ timeout })
  } catch (err) {
    const asText = await page.getByText(name).filter({ visible: true }).count()
    if (asText > 0)
      throw new Error(`"${name}" is on screen but not exposed as role=button/link`, { cause: err })
    throw err
  }
  await target.click()
}

/** A text field by its accessible name (label, aria-label or placeholder); numeric fields have role spinbutton. */
export function field(page, name) {
  return page
    .getByRole('textbox', { name })
    .or(page.getByRole('spinbutton', { name }))
    .filter({ visible: true })
    .first()
}

/** The first-run privacy notice (PIPL): a dialog about personal information. */
export function consentDialog(page) {
  return page.getByRole('dialog').filter({ hasText: /隐私|个人信息/ })
}

/** Accepts the first-run privacy consent dialog, which every fresh context must show. */
export async function acceptConsent(page) {
  const dialog = consentDialog(page)
  await dialog.waitFor({ timeout: 10_000 })
  await tap(page, '同意并继续')
  await dialog.waitFor({ state: 'hidden' })
}

// 长辈版 (MIIT 适老化, domain.md): body text ≥ 18 px, main title ≥ 30 px, line height ≥ 1.3, contrast ≥ 4.5:1,
// touch targets ≥ 60 × 60 px.
// Roles a citizen taps. A full-width row is at least 60 px wide anyway, so one rule covers rows and icons.
const TAPPABLE_ROLES = ['button', 'link', 'switch', 'checkbox', 'radio', 'tab']
const ELDER_TARGET_PX = 60
// Sub-pixel layout (rem/rpx conversions) may round a 60 px box to 59.8.
const ROUNDING_PX = 0.5

/**
 * Font size and line height of every visible piece of text on the page — including what is typed in text fields,
 * which is a value, not a text node — and whether elder mode is applied.
 */
export function readText(page) {
  return currentPage(page).evaluate((root) => {
    const texts = []
    const read = (el, text) => {
      const style = getComputedStyle(el)
      texts.push({
        text: text.trim().slice(0, 24),
        fontSize: parseFloat(style.fontSize),
        // `normal` is about 1.2 for CJK fonts: below the 1.3 required, so it counts as a failure.
        lineHeight: style.lineHeight === 'normal' ? null : parseFloat(style.lineHeight),
      })
    }
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement
      // Screen-reader-only text (.sr-only) is there for the checker but for no eye.
      if (node.textContent.trim() && el.checkVisibility() && !el.closest('.sr-only'))
        read(el, node.textContent)
    }
    for (const el of root.querySelectorAll(
      'input:not([type=hidden]):not([type=radio]):not([type=checkbox]), textarea',
    )) {
      if (el.checkVisibility())
        read(el, `${el.tagName.toLowerCase()} ${el.getAttribute('aria-label') ?? el.name}`)
    }
    const elder = Boolean(root.closest('.elder') || root.querySelector('.screen.elder'))
    return { elder, texts }
  })
}

/** What breaks the 长辈版 rules on the page shown; `title: false` for pages without a heading of their own. */
export async function elderProblems(page, { title = true } = {}) {
  const problems = []
  const { elder, texts } = await readText(page)
  if (!elder) problems.push('the page root has no class "elder"')
  for (const { text, fontSize, lineHeight } of texts) {
    if (fontSize < 18) problems.push(`"${text}" is ${fontSize} px (< 18)`)
    // 0.05 px: 18 px × 1.3 computes as 23.4 but 1.3 * 18 as 23.400000000000002.
    if (lineHeight === null || lineHeight < 1.3 * fontSize - 0.05) {
      problems.push(`"${text}" has line-height ${lineHeight ?? 'normal'} for ${fontSize} px (< 1.3×)`)
    }
  }
  if (title) {
    const heading = currentPage(page).getByRole('heading').first()
    if ((await heading.count()) === 0) problems.push('no element with role heading (the page title)')
    else {
      const size = await heading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))
      if (size < 30) problems.push(`title "${await heading.innerText()}" is ${size} px (< 30)`)
    }
  }
  for (const role of TAPPABLE_ROLES) {
    for (const target of await currentPage(page).getByRole(role).filter({ visible: true }).all()) {
      // One look at the element: its box, whether a label that wraps past a fixed height spills over its edge,
      // and whether a button's label sits in its middle (NutUI's buttons; rows and tiles lay their content
      // out from the top).
      const seen = await target.evaluate((el) => {
        const text = document.createRange()
        text.selectNodeContents(el)
        const label = text.getBoundingClientRect()
        const box = el.getBoundingClientRect()
        const middle = (rect) => rect.top + rect.height / 2
        return {
          width: box.width,
          height: box.height,
          name: el.getAttribute('aria-label') ?? el.innerText.trim().slice(0, 24),
          text: el.innerText.trim().slice(0, 24),
          spills: el.scrollHeight > el.clientHeight + 1,
          offCentre: el.matches('.nut-button') && Math.abs(middle(label) - middle(box)) > 4,
        }
      })
      const min = ELDER_TARGET_PX - ROUNDING_PX
      if (seen.width < min || seen.height < min) {
        problems.push(
          `${role} "${seen.name}" is ${Math.round(seen.width)}×${Math.round(seen.height)} px (< 60×60)`,
        )
      }
      if (seen.spills) problems.push(`${role} "${seen.text}" spills out of its box`)
      if (seen.offCentre) problems.push(`${role} "${seen.text}" is not in the middle of its button`)
    }
  }
  for (const v of await runAxe(page, { runOnly: ['color-contrast'] })) {
    problems.push(`contrast below 4.5:1: ${v.nodes.join(', ')}`)
  }
  return problems
}

/** A phone number nobody else in this run uses: the simulator allows one SMS per phone per 60 s. */
export function newPhone() {
  return `139${String(randomInt(0, 1e8)).padStart(8, '0')}`
}

export function maskPhone(phone) {
  return `${phone.slice(0, 3)}****${phone.slice(7)}`
}

/**
 * Logs in on the login page that is on screen, like a citizen: phone, 获取验证码, code, 登录. The code is read from
 * the simulator's answer to /auth/sms/send (`devCode`, only outside production).
 */
export async function loginBySms(page, phone) {
  await field(page, /手机/).fill(phone)
  const [sent] = await Promise.all([
    page.waitForResponse(
      (res) => res.url().endsWith('/api/v1/auth/sms/send') && res.request().method() === 'POST',
    ),
    tap(page, '获取验证码'),
  ])
  assert.equal(sent.status(), 200, `sms/send answered ${sent.status()}`)
  const { devCode } = await sent.json()
  assert.ok(devCode, 'the simulator returned no devCode (is NODE_ENV=production?)')
  await field(page, /验证码/).fill(devCode)
  const [loggedIn] = await Promise.all([
    page.waitForResponse(
      (res) => res.url().endsWith('/api/v1/auth/sms/login') && res.request().method() === 'POST',
    ),
    tap(page, /^登\s*录$/),
  ])
  assert.equal(loggedIn.status(), 200, `sms/login answered ${loggedIn.status()}`)
  await page.waitForURL((url) => !url.hash.includes(LOGIN_ROUTE), { timeout: 10_000 })
  return waitForPage(page)
}

/** A citizen signed in through the login page, like anyone would (a phone of their own unless given one). */
export async function signIn(page, phone = newPhone()) {
  await openPage(page, LOGIN_ROUTE)
  await acceptConsent(page)
  await loginBySms(page, phone)
  return phone
}

/**
 * axe-core on the settled document; returns only serious and critical violations (what blocks a citizen).
 *
 * It waits for CSS transitions to end first: colour contrast measured half-way through a fade measures the fade.
 * Taro's toast is left out: it fades in and out on its own timers (0.1 s at 0 s and at 2.5 s), so a scan of about a
 * second can catch it half-transparent whatever we wait for; shown, it is white on about #585858 (≈ 7:1).
 */
export async function runAxe(page, options = {}) {
  await page.waitForFunction(
    () => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'),
    null,
    { timeout: 5_000 },
  )
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH })
  const context = { include: [['body']], exclude: [['.taro__toast']] }
  const violations = await page.evaluate(
    ({ ctx, opts }) => window.axe.run(ctx, opts).then((r) => r.violations),
    { ctx: context, opts: { resultTypes: ['violations'], ...options } },
  )
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => ({
      rule: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5),
    }))
}

export async function assertNoSeriousA11yIssues(page, where) {
  assert.deepEqual(await runAxe(page), [], `${where}: serious/critical accessibility violations`)
}

const SHOTS = process.env.E2E_SCREENSHOTS === '1'

/**
 * `shot(page, step)` for a test file: with E2E_SCREENSHOTS=1 each step is saved as test-results/<prefix>-<step>.png
 * for a human look; otherwise it does nothing.
 */
export function stepShots(prefix) {
  return async (page, name) => {
    if (!SHOTS) return
    await mkdir(RESULTS_DIR, { recursive: true })
    await page.screenshot({
      path: fileURLToPath(new URL(`${prefix}-${name}.png`, RESULTS_DIR)),
      fullPage: true,
    })
  }
}
