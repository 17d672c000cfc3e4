// 预约 (issue #5) in a real browser: book an evening slot → ticket → reschedule to a weekend slot → cancel; and a
// second citizen, in a second browser, takes the last place first → the plain SLOT_FULL message and alternatives.
// The simulator's clock is set to Wednesday 18 November 2026, 10:00 in Zhaotong (window Thu 19 Nov … Wed 2 Dec),
// and put back to real time afterwards. E2E_SCREENSHOTS=1 saves each step to test-results/ for a human look.
import assert from 'node:assert/strict'
import {
  ME_ROUTE,
  assertNoSeriousA11yIssues,
  control,
  currentPage,
  currentRoute,
  e2e,
  elderProblems,
  field,
  newPhone,
  openPage,
  signIn,
  stepShots,
  tap,
  waitForRoute,
} from './browser.mjs'
import { api, atSimulatedTime } from './simulator.mjs'

const NOW = '2026-11-18T10:00:00+08:00'
const TAB = 'pages/appointments/index'
const BOOK = 'packages/appointments/book/index'
const TICKET = 'packages/appointments/ticket/index'
const RESCHEDULE = 'packages/appointments/reschedule/index'
const ID_CARD = 'i-id-card-renewal'

atSimulatedTime(NOW)

const shot = stepShots('appointments')

/** The day cell of the week strip, found by what it says to a screen reader ("11月19日 周四，…"). */
function day(page, label) {
  return currentPage(page).getByRole('button', { name: new RegExp(`^${label}`) })
}

/** A slot button, e.g. "18:00–18:30，还剩3个名额". */
function slotButton(page, hours) {
  return currentPage(page).getByRole('button', { name: new RegExp(`^${hours}，`) })
}

async function slotId(date, time) {
  const res = await api('GET', `/slots?hallId=hall-city&serviceId=${ID_CARD}&from=${date}&to=${date}`)
  const slot = res.body.find((s) => s.start === `${date}T${time}:00+08:00`)
  assert.ok(slot, `no slot ${date} ${time}`)
  return slot
}

e2e(
  'book an evening slot, see the ticket, move it to a weekend morning, then cancel it',
  async ({ page }) => {
    await signIn(page)
    await openPage(page, TAB)
    await tap(page, '预约办事')
    await waitForRoute(page, BOOK)

    await tap(page, /^居民身份证换领，/)
    await currentPage(page).getByText('第2步，共4步').waitFor()
    await shot(page, '2-hall')
    await tap(page, /^昭通市民之家，/)
    await currentPage(page).getByText('第3步，共4步').waitFor()

    // The strip opens on the first bookable day and marks what is free at lunch and that evening, in the
    // order of the day.
    const thursday = day(page, '11月19日 周四，可约工作时间、午间、晚间，共余\\d+个名额，已选中')
    assert.match(
      await thursday.locator('.day__face').innerText(),
      /19\s*午间\s*晚间/,
      'the eye sees 午间 then 晚间 too',
    )
    const saturday = day(page, '11月21日 周六，周末，可约周末')
    assert.match(await saturday.locator('.day__face').innerText(), /21\s*周末\s*可约/)
    await shot(page, '3-slots')
    await assertNoSeriousA11yIssues(page, 'booking')

    await thursday.click()
    await currentPage(page)
      .getByText(/晚间延时 18:00–20:00/)
      .waitFor()
    await slotButton(page, '18:00–18:30').click()
    await currentPage(page).getByText('第4步，共4步').waitFor()
    await shot(page, '4-confirm')
    await tap(page, '确认预约')

    const ticket = await waitForRoute(page, TICKET)
    await ticket.getByText('11月19日 周四 18:00–18:30').waitFor()
    await ticket.getByText('晚间延时').waitFor()
    await ticket.getByText('已预约').waitFor()
    const code = (await ticket.locator('.ticket__code').innerText()).replace(/\s/g, '')
    assert.match(code, /^[A-HJ-NP-Z2-9]{8}$/, 'the appointment code is shown, readable')
    const qr = ticket.getByRole('img', { name: '预约码二维码' })
    await qr.waitFor()
    const qrSize = await qr.evaluate((el) => {
      const img = el.querySelector('img') ?? el
      return { src: img.getAttribute('src') ?? '', width: img.naturalWidth }
    })
    assert.match(qrSize.src, /^data:image\/gif;base64,/, 'the QR code is drawn in the page, not fetched')
    assert.ok(qrSize.width > 100, `the QR image decodes (${qrSize.width} px)`)
    await ticket.getByText('昭通市民之家').first().waitFor()
    assert.ok(await control(page, /拨打大厅电话 0870-/).isVisible(), 'the hall can be called from the ticket')
    assert.ok(await control(page, '地图和导航').isVisible())

    await tap(page, '提醒我按时去办')
    await ticket.getByText('已设置提醒：将在11月18日 19:00通过短信提醒您').waitFor()
    await shot(page, '5-ticket')
    await assertNoSeriousA11yIssues(page, 'ticket')

    await tap(page, '改约其他时间')
    await waitForRoute(page, RESCHEDULE)
    await currentPage(page).getByText('原预约（改约成功前保留）：明天 11月19日 周四 18:00–18:30').waitFor()
    await day(page, '11月21日 周六').click()
    await currentPage(page)
      .getByText(/周末预约办 09:00–12:00/)
      .waitFor()
    await slotButton(page, '09:30–10:00').click()
    await currentPage(page)
      .getByRole('alertdialog', { name: /改到 11月21日 周六 09:30–10:00/ })
      .waitFor()
    await shot(page, '6-reschedule')
    await tap(page, '确认改约')

    const moved = await waitForRoute(page, TICKET)
    await moved.getByText('11月21日 周六 09:30–10:00').waitFor()
    await moved.getByText('周末预约办').waitFor()
    assert.equal(
      (await moved.locator('.ticket__code').innerText()).replace(/\s/g, ''),
      code,
      'rescheduling keeps the code',
    )
    // The reminder moved with the booking: now the evening before the Saturday.
    await moved.getByText('已设置提醒：将在11月20日 19:00通过短信提醒您').waitFor()

    await tap(page, '取消预约')
    await moved.getByRole('alertdialog', { name: '确定取消这个预约吗？' }).waitFor()
    await tap(page, '确定取消')
    await moved.getByText('已取消').waitFor()
    await moved.getByText('此预约码已不能使用').waitFor()
    await shot(page, '7-cancelled')
    assert.equal(
      await moved.getByRole('img', { name: '预约码二维码' }).count(),
      0,
      'no QR for a cancelled booking',
    )

    // 我的预约 lists it under the past ones, and the places were given back.
    await openPage(page, TAB)
    await currentPage(page)
      .getByRole('link', { name: /^已取消，居民身份证换领，11月21日 周六/ })
      .waitFor()
    await shot(page, '8-mine')
    assert.equal((await slotId('2026-11-19', '18:00')).remaining, 3)
    assert.equal((await slotId('2026-11-21', '09:30')).remaining, 4)
  },
  { timeout: 150_000 },
)

e2e(
  'a second citizen takes the last place first: the first is told plainly and offered the nearest free slots',
  async ({ page, context }) => {
    // Two of the three evening places are taken by other citizens.
    const target = await slotId('2026-11-20', '18:00')
    for (let i = 0; i < target.remaining - 1; i++) {
      const token = (await api('POST', '/__sim/login', { body: { phone: newPhone() } })).body.accessToken
      const res = await api('POST', '/appointments', {
        token,
        body: { slotId: target.slotId, serviceId: ID_CARD },
      })
      assert.equal(res.status, 201)
    }

    // The first citizen arrives from a 办事指南 with the service and hall chosen, and picks the last place.
    await signIn(page)
    await openPage(page, `${BOOK}?serviceId=${ID_CARD}&hallId=hall-city`)
    await currentPage(page).getByText('第3步，共4步').waitFor()
    await day(page, '11月20日 周五').click()
    await slotButton(page, '18:00–18:30').waitFor()
    assert.match(await slotButton(page, '18:00–18:30').getAttribute('aria-label'), /还剩1个名额/)
    await slotButton(page, '18:00–18:30').click()
    await currentPage(page).getByText('第4步，共4步').waitFor()

    // Meanwhile a second citizen, in another browser — a phone set to New York time — books that very place.
    const other = await context.browser().newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      locale: 'zh-CN',
      timezoneId: 'America/New_York',
    })
    try {
      const second = await other.newPage()
      await signIn(second)
      await openPage(
        second,
        `${BOOK}?serviceId=${ID_CARD}&hallId=hall-city&slotId=${encodeURIComponent(target.slotId)}`,
      )
      await currentPage(second).getByText('第4步，共4步').waitFor()
      // Zhaotong's time, whatever the phone's time zone.
      await currentPage(second).getByText('后天 11月20日 周五 18:00–18:30').waitFor()
      await tap(second, '确认预约')
      const secondTicket = await waitForRoute(second, TICKET)
      await secondTicket.getByText('11月20日 周五 18:00–18:30').waitFor()
    } finally {
      await other.close()
    }

    await tap(page, '确认预约')
    const notice = currentPage(page).getByRole('alert').filter({ hasText: '您选的时段刚刚约满了' })
    await notice.waitFor()
    await notice.getByText('离您选的时间最近、还有名额的时段：').waitFor()
    const alternatives = notice.getByRole('button', { name: /^改选/ })
    assert.equal(await alternatives.count(), 3, 'three nearest free slots are offered')
    // Another evening, not a daytime slot: the citizen asked for an evening for a reason.
    for (const text of await alternatives.allInnerTexts())
      assert.match(text, /11月20日 周五 晚间 .*，还剩\d+个名额/)
    // The list under it is fresh: the place just taken shows as full.
    await currentPage(page).getByText('第3步，共4步').waitFor()
    assert.match(await slotButton(page, '18:00–18:30').getAttribute('aria-label'), /已约满/)
    await shot(page, '9-slot-full')
    await assertNoSeriousA11yIssues(page, 'SLOT_FULL')

    const chosen = (await alternatives.first().innerText()).match(/(\d{2}:\d{2})–(\d{2}:\d{2})/)
    await alternatives.first().click()
    await currentPage(page).getByText('第4步，共4步').waitFor()
    await tap(page, '确认预约')
    const ticket = await waitForRoute(page, TICKET)
    await ticket.getByText(`11月20日 周五 ${chosen[1]}–${chosen[2]}`).waitFor()
    assert.equal(currentRoute(page), TICKET)
  },
  { timeout: 150_000 },
)

e2e('a 帮办代办 booking checks the relative’s details in plain words before sending', async ({ page }) => {
  await signIn(page)
  const slot = await slotId('2026-11-23', '12:00')
  await openPage(
    page,
    `${BOOK}?serviceId=${ID_CARD}&hallId=hall-city&slotId=${encodeURIComponent(slot.slotId)}`,
  )
  await currentPage(page).getByText('第4步，共4步').waitFor()
  await currentPage(page).getByRole('radio', { name: '帮家人预约（帮办代办）' }).click()
  await field(page, '家人姓名').fill('李秀兰')
  await field(page, '家人身份证号').fill('530602195003120040')
  await field(page, '家人手机号').fill('1351234')
  await tap(page, '确认预约')
  await currentPage(page).getByText('校验位不正确，请核对').waitFor()
  await currentPage(page).getByText('请输入正确的11位手机号').waitFor()
  await shot(page, '10-proxy-errors')
  assert.equal((await slotId('2026-11-23', '12:00')).remaining, slot.remaining, 'nothing was booked')
})

e2e(
  '长辈版 on a 360 px phone: the week strip, the slots, the confirm step and the ticket',
  async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 })
    await signIn(page)
    await openPage(page, ME_ROUTE)
    await currentPage(page)
      .getByRole('switch', { name: /长辈版/ })
      .click()
    await page.waitForFunction(() => document.querySelector('.elder'))
    const slot = await slotId('2026-11-23', '18:00')
    for (const query of [
      `serviceId=${ID_CARD}&hallId=hall-city`,
      `serviceId=${ID_CARD}&hallId=hall-city&slotId=${slot.slotId}`,
    ]) {
      await openPage(page, `${BOOK}?${query}`)
      await currentPage(page)
        .getByText(query.includes('slotId') ? '第4步，共4步' : '第3步，共4步')
        .waitFor()
      assert.deepEqual(await elderProblems(page), [], `${query} in 长辈版`)
      await shot(page, `11-elder-${query.includes('slotId') ? 'confirm' : 'slots'}`)
    }
    await tap(page, '确认预约')
    const ticket = await waitForRoute(page, TICKET)
    await ticket.getByText('已预约').waitFor()
    assert.deepEqual(await elderProblems(page), [], 'the ticket in 长辈版')
    await shot(page, '12-elder-ticket')
  },
)
