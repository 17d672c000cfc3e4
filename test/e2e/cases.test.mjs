// 办件进度, 好差评 and 办不成事反映 (issue #6) in a real browser:
// - a case filed at a window (/__sim/cases: online submission is another issue) → 补正 asked → the citizen uploads a
//   photo from the case page → 受理 again → 办结 → rated 不满意 with a reason → the department replies → 追评;
// - anyone looks a case up with its number and the phone's last 4 digits, without logging in;
// - a case not rated within 5 working days gets 基本满意 by default (the simulator's clock moves).
// The clock is set to Monday 23 November 2026, 10:00 in Zhaotong, and put back to real time afterwards.
// E2E_SCREENSHOTS=1 saves each step to test-results/ for a human look.
import assert from 'node:assert/strict'
import {
  HOME_ROUTE,
  acceptConsent,
  assertNoSeriousA11yIssues,
  control,
  currentPage,
  currentRoute,
  e2e,
  field,
  newPhone,
  openPage,
  signIn,
  stepShots,
  tap,
  waitForPage,
  waitForRoute,
} from './browser.mjs'
import { api, atSimulatedTime } from './simulator.mjs'

const NOW = '2026-11-23T10:00:00+08:00'
const CASES = 'packages/cases/list/index'
const DETAIL = 'packages/cases/detail/index'
const LOOKUP = 'packages/cases/lookup/index'
const PENDING = 'packages/cases/pending/index'
const RATE = 'packages/cases/rate/index'
const RATING = 'packages/cases/rating/index'
// A 1 × 1 PNG: what a phone camera sends is bigger, but the platform checks the same bytes.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
)

/** The department's side, as the simulator plays it. */
async function sim(path, body) {
  const res = await api('POST', path, { body })
  assert.ok(res.status < 300, `${path} answered ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

atSimulatedTime(NOW)

const shot = stepShots('cases')

function text(page, pattern) {
  return currentPage(page).getByText(pattern).first()
}

/** A choice as assistive technology sees it: a radio (a level) or a checkbox (a reason). */
async function choose(page, name) {
  const option = currentPage(page)
    .getByRole('radio', { name })
    .or(currentPage(page).getByRole('checkbox', { name }))
    .filter({ visible: true })
    .first()
  await option.click()
  assert.equal(await option.getAttribute('aria-checked'), 'true', `${name} is not marked as chosen`)
}

e2e(
  'a case from 补正 to 追评: upload the missing photo, rate 不满意 with a reason, read the reply, add a 追评',
  async ({ page }) => {
    const phone = await signIn(page)
    const { caseId } = await sim('/__sim/cases', { phone, itemId: 'i-birth-registration' })
    await sim(`/__sim/cases/${caseId}/advance`, {
      to: 'supplement_required',
      materials: ['出生医学证明'],
    })

    await openPage(page, CASES)
    const card = control(page, /出生登记/)
    await card.waitFor({ timeout: 10_000 })
    assert.match(await card.getAttribute('aria-label'), /待补正.*需要补正1项材料/)
    await shot(page, '1-list')
    await card.click()
    await waitForRoute(page, DETAIL)
    await text(page, '需要补正的材料').waitFor()
    await text(page, /补正材料期间不计入办理时限/).waitFor()
    await assertNoSeriousA11yIssues(page, 'case detail with 补正')

    // The same picker as the application's materials: here the camera or album (on a phone, Taro first asks
    // which one); the apply journey takes the file chooser.
    const certificate = currentPage(page).getByRole('group', { name: '出生医学证明' })
    const chooser = page.waitForEvent('filechooser')
    await certificate.getByRole('button', { name: '拍照或从相册选择' }).click()
    const sheet = page.getByText('从相册选择', { exact: true })
    if (await sheet.isVisible({ timeout: 3_000 }).catch(() => false)) await sheet.click()
    await (await chooser).setFiles({ name: 'birth-certificate.png', mimeType: 'image/png', buffer: PNG })
    await certificate.getByText(/^✓ .+（1KB）$/).waitFor({ timeout: 15_000 })
    await shot(page, '2-uploaded')
    await tap(page, '提交补正材料')
    await text(page, /已收到补正材料（出生医学证明）/).waitFor({ timeout: 15_000 })
    assert.equal(await text(page, '需要补正的材料').count(), 0, 'the 补正 panel is still shown')

    await sim(`/__sim/cases/${caseId}/advance`, { to: 'processing' })
    await sim(`/__sim/cases/${caseId}/advance`, { to: 'completed' })
    await page.reload()
    await waitForPage(page)
    await text(page, '办完了，请评价本次服务').waitFor({ timeout: 10_000 })
    await tap(page, '去评价')
    await waitForRoute(page, RATE)

    await choose(page, '不满意')
    await tap(page, '提交评价')
    await text(page, /至少选择一项不满意的原因/).waitFor()
    await shot(page, '3-reason-required')
    await assertNoSeriousA11yIssues(page, 'rating form')
    await choose(page, /办理时间长/)
    await field(page, /想对办理部门说的话/).fill('补正后又等了好几天才办结。')
    await tap(page, '提交评价')
    await waitForRoute(page, RATING)
    await text(page, '我的评价：不满意').waitFor({ timeout: 10_000 })
    await text(page, '待核实（当前进度）').waitFor()
    const ratingId = new URL(page.url()).hash.split('id=')[1]
    assert.match(ratingId, /^r-\d+$/)

    await sim(`/__sim/ratings/${ratingId}/follow-up`, {
      status: 'rectifying',
      reply: '经核实，补正材料审核排队较长，情况属实，正在调整。',
    })
    await sim(`/__sim/ratings/${ratingId}/follow-up`, {
      status: 'rectified',
      reply: '已增加审核人员，补正材料当天审核。',
    })
    await page.reload()
    await waitForPage(page)
    await text(page, '已增加审核人员，补正材料当天审核。').waitFor({ timeout: 10_000 })
    await text(page, '已整改（当前进度）').waitFor()
    await field(page, /追评内容/).fill('工作人员打电话说明了情况，现在快多了。')
    await tap(page, '提交追评')
    await text(page, '我的追评').waitFor({ timeout: 10_000 })
    assert.equal(await control(page, '提交追评').count(), 0, 'a second 追评 is offered')
    await shot(page, '4-follow-up')
    await assertNoSeriousA11yIssues(page, 'rating detail with follow-up')
  },
  { timeout: 120_000 },
)

e2e(
  'anyone looks a case up with its number and the last 4 digits of the phone, without logging in',
  async ({ page }) => {
    const phone = newPhone()
    const { caseNo } = await sim('/__sim/cases', { phone, itemId: 'i-passport', status: 'processing' })
    await openPage(page, HOME_ROUTE)
    await acceptConsent(page)
    await openPage(page, LOOKUP)
    assert.equal(currentRoute(page), LOOKUP, 'the lookup page sent a guest away')

    await field(page, /办件编号/).fill(caseNo)
    const wrong = String((Number(phone.slice(-4)) + 1) % 10_000).padStart(4, '0')
    await field(page, /手机号后4位/).fill(wrong)
    await tap(page, /^查\s*询$/)
    await text(page, /办件编号或手机号后4位不正确/).waitFor({ timeout: 10_000 })

    await field(page, /手机号后4位/).fill(phone.slice(-4))
    await tap(page, /^查\s*询$/)
    await text(page, '普通护照签发').waitFor({ timeout: 10_000 })
    await text(page, '办理中').waitFor()
    await text(page, /承诺7个工作日办结/).waitFor()
    const shown = await currentPage(page).innerText()
    assert.ok(!shown.includes(phone), 'the full phone number is on screen')
    await shot(page, '5-lookup')
    await assertNoSeriousA11yIssues(page, 'lookup result')
  },
)

e2e(
  'not rated within 5 working days: the platform records 基本满意 and no longer offers rating',
  async ({ page }) => {
    const phone = await signIn(page)
    const { caseId } = await sim('/__sim/cases', {
      phone,
      itemId: 'i-housing-fund-withdrawal',
      status: 'completed',
    })
    await openPage(page, PENDING)
    const pending = currentPage(page).getByRole('button', { name: /去评价/ })
    await pending.first().waitFor({ timeout: 10_000 })
    await text(page, /请在11月30日前评价/).waitFor()
    await shot(page, '6-pending')

    // Completed Monday 23 November; the last day to rate is Monday 30 November.
    await sim('/__sim/clock', { now: '2026-12-01T09:00:00+08:00' })
    await page.reload()
    await waitForPage(page)
    await text(page, '系统默认评价：基本满意').waitFor({ timeout: 10_000 })
    assert.equal(await pending.count(), 0, 'rating is still offered after the window closed')

    await openPage(page, `${DETAIL}?id=${caseId}`)
    await text(page, /系统默认评价：基本满意（办结后5个工作日内未评价）/).waitFor({ timeout: 10_000 })
    assert.equal(await control(page, '去评价').count(), 0)
    await shot(page, '7-default')
    await sim('/__sim/clock', { now: NOW })
  },
)
