import assert from 'node:assert/strict'
import { describe, it, type TestContext } from 'node:test'

import * as v from 'valibot'

import {
  AppointmentSchema,
  AppointmentServiceListSchema,
  BookingWindowSchema,
  HallListSchema,
  HallServicesSchema,
  type Slot,
  SlotListSchema,
  SubscriptionSchema,
} from '../../types/api/appointments'
import { pageSchema } from '../../types/api/common'
import { idNumberCheckChar } from '../../types/rules/idNumber'
import { type Api, simLogin, startTestSimulator } from '../testing/client'

// Wednesday 18 November 2026, 10:00 in Zhaotong: the window is Thu 19 Nov … Wed 2 Dec.
const NOW = '2026-11-18T10:00:00+08:00'
const CITY = 'hall-city'
const ID_CARD = 'i-id-card-renewal'
const ZHANG = { phone: '13887001234', name: '张明华', idNumber: '530602198503120019' }

let phoneSeq = 0
/** A citizen nobody else in this file uses. */
function newPhone(): string {
  phoneSeq += 1
  return `1390000${String(phoneSeq).padStart(4, '0')}`
}

function idNumber(first17: string): string {
  return first17 + idNumberCheckChar(first17)
}
const MOTHER = { name: '李秀兰', idNumber: idNumber('53060219500312004'), phone: '13512345678' }

async function setup(t: TestContext, now = NOW) {
  const { api } = await startTestSimulator(t, { now })
  const phone = newPhone()
  return { api, phone, token: await simLogin(api, phone) }
}

/** Moves the simulator clock; a jump past the access token's two hours needs a fresh login. */
async function moveClock(api: Api, now: string, phone: string): Promise<string> {
  assert.equal((await api.post('/__sim/clock', { now })).status, 200)
  return simLogin(api, phone)
}

async function slots(api: Api, hallId = CITY, serviceId = ID_CARD, range = ''): Promise<Slot[]> {
  const res = await api.get(`/slots?hallId=${hallId}&serviceId=${serviceId}${range}`)
  assert.equal(res.status, 200, JSON.stringify(res.body))
  assert.ok(v.is(SlotListSchema, res.body), 'GET /slots answers the contract’s bare array')
  return res.body
}

function slotAt(list: Slot[], start: string): Slot {
  const slot = list.find((s) => s.start === start)
  assert.ok(slot, `no slot starting ${start}`)
  return slot
}

function book(api: Api, token: string, slotId: string, extra: Record<string, unknown> = {}, key?: string) {
  return api.post(
    '/appointments',
    { slotId, serviceId: ID_CARD, ...extra },
    { token, headers: key ? { 'idempotency-key': key } : {} },
  )
}

/** Fills a slot to `leave` places left, with other citizens. */
async function fill(api: Api, slot: Slot, leave = 0): Promise<void> {
  for (let i = 0; i < slot.remaining - leave; i++) {
    const res = await book(api, await simLogin(api, newPhone()), slot.slotId)
    assert.equal(res.status, 201, JSON.stringify(res.body))
  }
}

const periodsOn = (list: Slot[], date: string) => [
  ...new Set(list.filter((s) => s.start.startsWith(date)).map((s) => s.period)),
]

describe('halls and services', () => {
  it('lists 市民之家, the 11 county halls and the township centres with their off-hours offer', async (t) => {
    const { api } = await setup(t)
    const res = await api.get('/halls')
    assert.ok(v.is(HallListSchema, res.body), JSON.stringify(res.body).slice(0, 300))
    const halls = res.body.items
    assert.equal(halls.length, 15)
    assert.equal(halls[0].name, '昭通市民之家')
    assert.equal(halls.filter((h: { level: string }) => h.level === 'county').length, 11)
    const city = halls[0]
    assert.deepEqual(city.offHours.lunch, { start: '12:00', end: '14:30' })
    assert.deepEqual(city.offHours.evening, { start: '18:00', end: '20:00' })
    assert.ok(city.offHours.weekend.length > 0 && city.offHours.holiday.length > 0)
    assert.match(city.phone, /^0870-\d{7}$/)
  })

  it('narrows halls to those that book a service, and says so for an unknown one', async (t) => {
    const { api } = await setup(t)
    const passport = await api.get('/halls?serviceId=i-passport')
    assert.deepEqual(
      passport.body.items.map((h: { level: string }) => h.level).filter((l: string) => l === 'township'),
      [],
      'township centres do not issue passports',
    )
    const socialCard = await api.get('/halls?serviceId=i-social-card-apply')
    assert.equal(socialCard.body.items.length, 15)
    const unknown = await api.get('/halls?serviceId=i-nothing')
    assert.equal(unknown.status, 422)
    assert.ok(unknown.body.details.fields.serviceId)
  })

  it('gives each hall’s services with places per slot, and every service with its halls', async (t) => {
    const { api } = await setup(t)
    const township = await api.get('/halls/hall-zy-beizha/services')
    assert.ok(v.is(HallServicesSchema, township.body))
    const card = township.body.items.find((s: { serviceId: string }) => s.serviceId === 'i-social-card-apply')
    assert.deepEqual(card?.periods, [
      { period: 'regular', capacity: 3 },
      { period: 'lunch', capacity: 2 },
      { period: 'weekend', capacity: 2 },
    ])
    assert.equal((await api.get('/halls/hall-nowhere/services')).status, 404)

    const services = await api.get('/appointments/services')
    assert.ok(v.is(AppointmentServiceListSchema, services.body))
    assert.equal(services.body.items.length, 20)
    const marriage = services.body.items.find(
      (s: { serviceId: string }) => s.serviceId === 'i-marriage-registration',
    )
    assert.deepEqual(marriage?.periods, ['regular', 'weekend', 'holiday'])
  })
})

describe('booking window and slots', () => {
  it('opens tomorrow to 14 days ahead, by the date in China', async (t) => {
    // 01:00 on the 21st in Zhaotong is still the 20th in UTC.
    const { api } = await setup(t, '2026-11-21T01:00:00+08:00')
    const res = await api.get('/appointments/window')
    assert.ok(v.is(BookingWindowSchema, res.body))
    assert.deepEqual(res.body, { today: '2026-11-21', from: '2026-11-22', to: '2026-12-05' })
    const list = await slots(api)
    assert.ok(list[0].start.startsWith('2026-11-22'))
    assert.ok(list.at(-1)!.start.startsWith('2026-12-05'))
  })

  it('cuts workdays into regular, lunch and evening slots and weekends into weekend slots', async (t) => {
    const { api } = await setup(t)
    const list = await slots(api)
    assert.deepEqual(periodsOn(list, '2026-11-19'), ['regular', 'lunch', 'evening'])
    assert.deepEqual(periodsOn(list, '2026-11-21'), ['weekend'])
    const evening = list.filter((s) => s.start.startsWith('2026-11-19') && s.period === 'evening')
    assert.deepEqual(
      evening.map((s) => [s.start.slice(11, 16), s.end.slice(11, 16), s.capacity, s.remaining]),
      [
        ['18:00', '18:30', 3, 3],
        ['18:30', '19:00', 3, 3],
        ['19:00', '19:30', 3, 3],
        ['19:30', '20:00', 3, 3],
      ],
    )
    // A service the department does not staff in the evening has no evening slots.
    assert.deepEqual(periodsOn(await slots(api, CITY, 'i-driving-licence-renewal'), '2026-11-19'), [
      'regular',
      'lunch',
    ])
  })

  it('opens holidays by appointment and works the 调休 Saturday like a weekday (国庆节 2026)', async (t) => {
    // The window is 2 … 15 October: 2–7 National Day, 8 Thursday back at work, 10 Saturday worked in lieu.
    const { api } = await setup(t, '2026-10-01T09:00:00+08:00')
    const idCard = await slots(api)
    assert.deepEqual(periodsOn(idCard, '2026-10-03'), ['holiday'])
    assert.equal(idCard.filter((s) => s.start.startsWith('2026-10-03')).length, 6, '09:00–12:00')
    assert.deepEqual(periodsOn(idCard, '2026-10-08'), ['regular', 'lunch', 'evening'])
    assert.deepEqual(periodsOn(idCard, '2026-10-10'), ['regular', 'lunch', 'evening'])
    assert.deepEqual(periodsOn(idCard, '2026-10-11'), ['weekend'])
    // Passports are not issued on holidays; 绥江 does not open on holidays at all.
    assert.deepEqual(periodsOn(await slots(api, CITY, 'i-passport'), '2026-10-03'), [])
    assert.deepEqual(periodsOn(await slots(api, 'hall-suijiang'), '2026-10-03'), [])
  })

  it('has no slots on days of a year whose holidays are not published', async (t) => {
    const { api } = await setup(t, '2026-12-25T10:00:00+08:00')
    const list = await slots(api)
    assert.ok(list.length > 0)
    assert.ok(
      list.every((s) => s.start < '2027'),
      'a slot in 2027 was generated without its calendar',
    )
    const calendar = await api.get('/calendar?from=2026-12-30&to=2027-01-02')
    assert.deepEqual(
      calendar.body.days.map((d: { kind: string }) => d.kind),
      ['workday', 'workday', 'unknown', 'unknown'],
    )
  })

  it('clips from/to to the window and refuses a hall or service it does not book', async (t) => {
    const { api } = await setup(t)
    const week = await slots(api, CITY, ID_CARD, '&from=2026-11-01&to=2026-11-20')
    assert.deepEqual([...new Set(week.map((s) => s.start.slice(0, 10)))], ['2026-11-19', '2026-11-20'])
    assert.deepEqual(await slots(api, CITY, ID_CARD, '&from=2026-12-10&to=2026-12-20'), [])
    const noHall = await api.get(`/slots?hallId=hall-x&serviceId=${ID_CARD}`)
    assert.equal(noHall.status, 422)
    assert.ok(noHall.body.details.fields.hallId)
    const notBooked = await api.get('/slots?hallId=hall-zy-beizha&serviceId=i-passport')
    assert.equal(notBooked.status, 422)
    assert.ok(notBooked.body.details.fields.serviceId)
    assert.equal((await api.get('/slots?hallId=hall-city')).status, 422)
  })
})

describe('POST /appointments', () => {
  it('books a place for the citizen: code, slot, hall, masked applicant; the place is taken', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG.phone)
    const slot = slotAt(await slots(api), '2026-11-19T18:00:00+08:00')
    const res = await book(api, token, slot.slotId)
    assert.equal(res.status, 201, JSON.stringify(res.body))
    assert.ok(v.is(AppointmentSchema, res.body), JSON.stringify(res.body))
    assert.match(res.body.code, /^[A-HJ-NP-Z2-9]{8}$/)
    assert.equal(res.body.status, 'booked')
    assert.deepEqual(res.body.slot, {
      slotId: slot.slotId,
      start: slot.start,
      end: '2026-11-19T18:30:00+08:00',
      period: 'evening',
    })
    assert.equal(res.body.hall.name, '昭通市民之家')
    assert.deepEqual(res.body.applicant, {
      kind: 'self',
      name: '张**',
      idNumberMasked: '5306**********0019',
      phoneMasked: '138****1234',
    })
    assert.equal(res.body.changeableUntil, '2026-11-19T16:00:00+08:00')
    assert.equal(res.body.changeable, true)
    assert.equal(slotAt(await slots(api), slot.start).remaining, slot.remaining - 1)
  })

  it('needs a login', async (t) => {
    const { api } = await setup(t)
    const [slot] = await slots(api)
    assert.equal((await book(api, '', slot.slotId)).status, 401)
  })

  it('replays a retried request with the same Idempotency-Key instead of booking twice', async (t) => {
    const { api, token } = await setup(t)
    const [slot] = await slots(api)
    const first = await book(api, token, slot.slotId, {}, 'key-1')
    const again = await book(api, token, slot.slotId, {}, 'key-1')
    assert.equal(again.status, 201)
    assert.equal(again.headers.get('idempotent-replayed'), 'true')
    assert.equal(again.body.appointmentId, first.body.appointmentId)
    assert.equal(slotAt(await slots(api), slot.start).remaining, slot.remaining - 1)
    const other = await book(api, token, (await slots(api))[1].slotId, {}, 'key-1')
    assert.equal(other.status, 409)
    assert.equal(other.body.code, 'IDEMPOTENCY_CONFLICT')
  })

  it('answers 409 SLOT_FULL with the nearest free slots once the capacity is taken', async (t) => {
    const { api, token } = await setup(t)
    const list = await slots(api)
    const slot = slotAt(list, '2026-11-19T18:30:00+08:00')
    await fill(api, slot)
    const res = await book(api, token, slot.slotId)
    assert.equal(res.status, 409)
    assert.equal(res.body.code, 'SLOT_FULL')
    assert.match(res.body.message, /约满/)
    const starts = res.body.details.alternatives.map((s: Slot) => s.start.slice(11, 16))
    // Evenings first: 18:00 and 19:00 are 30 minutes away, 19:30 an hour; 17:30 is closer but not an evening.
    assert.deepEqual(starts, ['18:00', '19:00', '19:30'], 'the three nearest evenings, soonest first')
    assert.ok(res.body.details.alternatives.every((s: Slot) => s.remaining > 0))
    assert.equal(slotAt(await slots(api), slot.start).remaining, 0)
  })

  it('offers only free slots as alternatives, another evening before a daytime slot', async (t) => {
    const { api, token } = await setup(t)
    const list = await slots(api)
    for (const start of ['18:00', '18:30', '19:00'])
      await fill(api, slotAt(list, `2026-11-19T${start}:00+08:00`))
    const res = await book(api, token, slotAt(list, '2026-11-19T18:30:00+08:00').slotId)
    const starts = res.body.details.alternatives.map((s: Slot) => s.start.slice(5, 16))
    // The one free evening slot left that day, then the next evenings.
    assert.deepEqual(starts, ['11-19T19:30', '11-20T18:00', '11-20T18:30'])
  })

  it('refuses a second booking of the same service on the same day for the same person', async (t) => {
    const { api, token } = await setup(t)
    const list = await slots(api)
    const first = await book(api, token, slotAt(list, '2026-11-19T09:00:00+08:00').slotId)
    const res = await book(api, token, slotAt(list, '2026-11-19T18:00:00+08:00').slotId)
    assert.equal(res.status, 409)
    assert.equal(res.body.code, 'DUPLICATE_APPOINTMENT')
    assert.deepEqual(res.body.details, { date: '2026-11-19', appointmentId: first.body.appointmentId })
    // Another day, or another service the same day, is fine.
    assert.equal((await book(api, token, slotAt(list, '2026-11-20T18:00:00+08:00').slotId)).status, 201)
    const passport = slotAt(await slots(api, CITY, 'i-passport'), '2026-11-19T18:00:00+08:00')
    const other = await api.post(
      '/appointments',
      { slotId: passport.slotId, serviceId: 'i-passport' },
      { token },
    )
    assert.equal(other.status, 201)
  })

  it('counts the person, not the account: a relative booked by two family members is a duplicate', async (t) => {
    const { api, token } = await setup(t)
    const list = await slots(api)
    const forMother = await book(api, token, slotAt(list, '2026-11-23T12:00:00+08:00').slotId, {
      applicant: MOTHER,
    })
    assert.equal(forMother.status, 201, JSON.stringify(forMother.body))
    assert.deepEqual(forMother.body.applicant, {
      kind: 'proxy',
      name: '李**',
      idNumberMasked: `5306**********${MOTHER.idNumber.slice(-4)}`,
      phoneMasked: '135****5678',
    })
    assert.ok(!JSON.stringify(forMother.body).includes(MOTHER.idNumber), 'the ID number is answered masked')

    const sibling = await simLogin(api, newPhone())
    const again = await book(api, sibling, slotAt(list, '2026-11-23T18:00:00+08:00').slotId, {
      applicant: MOTHER,
    })
    assert.equal(again.status, 409)
    assert.equal(again.body.code, 'DUPLICATE_APPOINTMENT')
    assert.deepEqual(again.body.details, { date: '2026-11-23' }, 'another account’s booking is not disclosed')
  })

  it('checks the 帮办代办 applicant’s details with plain messages', async (t) => {
    const { api, token } = await setup(t)
    const [slot] = await slots(api)
    const res = await book(api, token, slot.slotId, {
      applicant: { name: 'Li', idNumber: '5306021950', phone: '12345' },
    })
    assert.equal(res.status, 422)
    assert.equal(res.body.code, 'VALIDATION_FAILED')
    assert.deepEqual(Object.keys(res.body.details.fields).sort(), [
      'applicant.idNumber',
      'applicant.name',
      'applicant.phone',
    ])
  })

  it('answers 422 OUTSIDE_BOOKING_WINDOW for today and beyond 14 days, 422 for a slot that does not exist', async (t) => {
    const { api, token } = await setup(t)
    const today = await book(api, token, `${CITY}_${ID_CARD}_2026-11-18_1800`)
    assert.equal(today.status, 422)
    assert.equal(today.body.code, 'OUTSIDE_BOOKING_WINDOW')
    assert.deepEqual(today.body.details, { today: '2026-11-18', from: '2026-11-19', to: '2026-12-02' })
    assert.match(today.body.message, /11月19日至12月2日/)
    const tooFar = await book(api, token, `${CITY}_${ID_CARD}_2026-12-03_1800`)
    assert.equal(tooFar.body.code, 'OUTSIDE_BOOKING_WINDOW')

    for (const slotId of [
      `${CITY}_${ID_CARD}_2026-11-19_2000`,
      `${CITY}_${ID_CARD}_2026-11-21_1800`,
      'x',
      '__proto__',
    ]) {
      const res = await book(api, token, slotId)
      assert.equal(res.status, 422, slotId)
      assert.equal(res.body.code, 'VALIDATION_FAILED', slotId)
      assert.ok(res.body.details.fields.slotId, slotId)
    }
    const [slot] = await slots(api)
    const mismatch = await api.post(
      '/appointments',
      { slotId: slot.slotId, serviceId: 'i-passport' },
      { token },
    )
    assert.equal(mismatch.status, 422)
  })
})

describe('cancel and reschedule', () => {
  it('cancels until the hall’s cut-off and gives the place back; then 422 TOO_LATE_TO_CANCEL', async (t) => {
    const setupResult = await setup(t)
    const { api, phone } = setupResult
    let { token } = setupResult
    const list = await slots(api)
    const early = await book(api, token, slotAt(list, '2026-11-19T09:00:00+08:00').slotId)
    const cancelled = await api.post(`/appointments/${early.body.appointmentId}/cancel`, undefined, { token })
    assert.equal(cancelled.status, 200)
    assert.equal(cancelled.body.status, 'cancelled')
    assert.equal(cancelled.body.changeable, false)
    assert.equal(slotAt(await slots(api), '2026-11-19T09:00:00+08:00').remaining, 5)
    const twice = await api.post(`/appointments/${early.body.appointmentId}/cancel`, undefined, { token })
    assert.equal(twice.status, 409)

    const late = await book(api, token, slotAt(list, '2026-11-20T18:00:00+08:00').slotId)
    token = await moveClock(api, '2026-11-20T16:00:01+08:00', phone)
    const tooLate = await api.post(`/appointments/${late.body.appointmentId}/cancel`, undefined, { token })
    assert.equal(tooLate.status, 422)
    assert.equal(tooLate.body.code, 'TOO_LATE_TO_CANCEL')
    assert.deepEqual(tooLate.body.details, { changeableUntil: '2026-11-20T16:00:00+08:00' })
    assert.match(tooLate.body.message, /2小时/)
  })

  it('keeps each citizen’s appointments to themselves', async (t) => {
    const { api, token } = await setup(t)
    const [slot] = await slots(api)
    const mine = await book(api, token, slot.slotId)
    const stranger = await simLogin(api, newPhone())
    assert.equal((await api.get(`/appointments/${mine.body.appointmentId}`, { token: stranger })).status, 404)
    const cancel = await api.post(`/appointments/${mine.body.appointmentId}/cancel`, undefined, {
      token: stranger,
    })
    assert.equal(cancel.status, 404)
  })

  it('moves a booking to a weekend slot in one step: same code, old place freed', async (t) => {
    const { api, token } = await setup(t)
    const list = await slots(api)
    const evening = slotAt(list, '2026-11-19T18:00:00+08:00')
    const saturday = slotAt(list, '2026-11-21T09:30:00+08:00')
    const booked = await book(api, token, evening.slotId)
    const res = await api.post(
      `/appointments/${booked.body.appointmentId}/reschedule`,
      { slotId: saturday.slotId },
      { token },
    )
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.equal(res.body.appointmentId, booked.body.appointmentId)
    assert.equal(res.body.code, booked.body.code)
    assert.equal(res.body.slot.period, 'weekend')
    const after = await slots(api)
    assert.equal(slotAt(after, evening.start).remaining, evening.remaining)
    assert.equal(slotAt(after, saturday.start).remaining, saturday.remaining - 1)
  })

  it('keeps the old booking when the new slot is full, and refuses the same slot or past the cut-off', async (t) => {
    const setupResult = await setup(t)
    const { api, phone } = setupResult
    let { token } = setupResult
    const list = await slots(api)
    const evening = slotAt(list, '2026-11-19T18:00:00+08:00')
    const full = slotAt(list, '2026-11-21T10:00:00+08:00')
    const booked = await book(api, token, evening.slotId)
    await fill(api, full)
    const path = `/appointments/${booked.body.appointmentId}/reschedule`
    const res = await api.post(path, { slotId: full.slotId }, { token })
    assert.equal(res.status, 409)
    assert.equal(res.body.code, 'SLOT_FULL')
    assert.ok(res.body.details.alternatives.length > 0)
    const kept = await api.get(`/appointments/${booked.body.appointmentId}`, { token })
    assert.equal(kept.body.status, 'booked')
    assert.equal(kept.body.slot.slotId, evening.slotId)
    assert.equal(slotAt(await slots(api), evening.start).remaining, evening.remaining - 1)

    assert.equal((await api.post(path, { slotId: evening.slotId }, { token })).status, 422)
    token = await moveClock(api, '2026-11-19T16:30:00+08:00', phone)
    const late = await api.post(path, { slotId: slotAt(list, '2026-11-22T09:00:00+08:00').slotId }, { token })
    assert.equal(late.status, 422)
    assert.equal(late.body.code, 'TOO_LATE_TO_CANCEL')
  })

  it('applies the one-per-day rule to the new day, not to the booking being moved', async (t) => {
    const { api, token } = await setup(t)
    const list = await slots(api)
    const morning = await book(api, token, slotAt(list, '2026-11-20T09:00:00+08:00').slotId)
    const other = await book(api, token, slotAt(list, '2026-11-19T09:00:00+08:00').slotId)
    const path = `/appointments/${other.body.appointmentId}/reschedule`
    const sameDayAsMorning = await api.post(
      path,
      { slotId: slotAt(list, '2026-11-20T18:00:00+08:00').slotId },
      { token },
    )
    assert.equal(sameDayAsMorning.status, 409)
    assert.equal(sameDayAsMorning.body.details.appointmentId, morning.body.appointmentId)
    const laterSameDay = await api.post(
      path,
      { slotId: slotAt(list, '2026-11-19T18:00:00+08:00').slotId },
      { token },
    )
    assert.equal(laterSameDay.status, 200)
  })
})

describe('no-shows', () => {
  it('closes booking for 30 days after three no-shows in 90 days (403 BOOKING_RESTRICTED)', async (t) => {
    const setupResult = await setup(t)
    const { api, phone } = setupResult
    let { token } = setupResult
    const list = await slots(api)
    const ids: string[] = []
    for (const start of ['2026-11-19T09:00', '2026-11-20T09:00', '2026-11-23T09:00']) {
      const res = await book(api, token, slotAt(list, `${start}:00+08:00`).slotId)
      ids.push(res.body.appointmentId)
    }
    const early = await api.post(`/__sim/appointments/${ids[0]}/no-show`)
    assert.equal(early.status, 409, 'a slot that has not started cannot be missed yet')

    token = await moveClock(api, '2026-11-23T12:00:00+08:00', phone)
    for (const id of ids.slice(0, 2))
      assert.equal((await api.post(`/__sim/appointments/${id}/no-show`)).status, 200)
    const next = (await slots(api)).find((s) => s.period === 'evening')!
    const twoMissed = await book(api, token, next.slotId)
    assert.equal(twoMissed.status, 201, 'two no-shows do not restrict')
    await api.post(`/appointments/${twoMissed.body.appointmentId}/cancel`, undefined, { token })

    const third = await api.post(`/__sim/appointments/${ids[2]}/no-show`)
    assert.equal(third.body.status, 'no_show')
    const restricted = await book(api, token, next.slotId)
    assert.equal(restricted.status, 403)
    assert.equal(restricted.body.code, 'BOOKING_RESTRICTED')
    assert.deepEqual(restricted.body.details, { restrictedUntil: '2026-12-23' })
    assert.match(restricted.body.message, /12月23日起/)

    token = await moveClock(api, '2026-12-23T08:00:00+08:00', phone)
    const reopened = (await slots(api))[0]
    assert.equal((await book(api, token, reopened.slotId)).status, 201)
  })

  it('records attendance, after which the booking can no longer be changed', async (t) => {
    const { api, token } = await setup(t)
    const [slot] = await slots(api)
    const booked = await book(api, token, slot.slotId)
    const attended = await api.post(`/__sim/appointments/${booked.body.appointmentId}/attend`)
    assert.equal(attended.body.status, 'attended')
    assert.equal(attended.body.changeable, false)
    const cancel = await api.post(`/appointments/${booked.body.appointmentId}/cancel`, undefined, { token })
    assert.equal(cancel.status, 409)
    assert.equal((await api.post(`/__sim/appointments/${booked.body.appointmentId}/no-show`)).status, 409)
  })
})

describe('my appointments and reminders', () => {
  it('lists upcoming bookings soonest first, then the rest latest first, in pages', async (t) => {
    const { api, token } = await setup(t)
    const list = await slots(api)
    const later = await book(api, token, slotAt(list, '2026-11-25T18:00:00+08:00').slotId)
    const sooner = await book(api, token, slotAt(list, '2026-11-20T18:00:00+08:00').slotId)
    const gone = await book(api, token, slotAt(list, '2026-11-27T18:00:00+08:00').slotId)
    await api.post(`/appointments/${gone.body.appointmentId}/cancel`, undefined, { token })
    const page = await api.get('/appointments?limit=2', { token })
    assert.ok(v.is(pageSchema(AppointmentSchema), page.body), JSON.stringify(page.body).slice(0, 300))
    assert.deepEqual(
      page.body.items.map((a: { appointmentId: string }) => a.appointmentId),
      [sooner.body.appointmentId, later.body.appointmentId],
    )
    assert.deepEqual(
      page.body.items.map((a: { upcoming: boolean }) => a.upcoming),
      [true, true],
    )
    const rest = await api.get(`/appointments?cursor=${page.body.nextCursor}`, { token })
    assert.deepEqual(
      rest.body.items.map((a: { status: string; upcoming: boolean }) => [a.status, a.upcoming]),
      [['cancelled', false]],
    )
    assert.equal(rest.body.nextCursor, null)
    assert.equal((await api.get('/appointments?cursor=x', { token })).status, 422)
    assert.equal((await api.get('/appointments?limit=51', { token })).status, 422)
  })

  it('shows a seeded citizen’s past visit', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG.phone)
    const res = await api.get('/appointments', { token })
    assert.deepEqual(
      res.body.items.map((a: { status: string; service: { name: string } }) => [a.status, a.service.name]),
      [['attended', '机动车驾驶证期满换证']],
    )
  })

  it('records a reminder: SMS the evening before on H5, WeChat with templates; moved with the booking', async (t) => {
    const setupResult = await setup(t)
    const { api, phone } = setupResult
    let { token } = setupResult
    const list = await slots(api)
    const booked = await book(api, token, slotAt(list, '2026-11-23T18:00:00+08:00').slotId)
    const subject = { type: 'appointment', id: booked.body.appointmentId }
    const sms = await api.post('/subscriptions', { templateIds: [], subject }, { token })
    assert.equal(sms.status, 201, JSON.stringify(sms.body))
    assert.ok(v.is(SubscriptionSchema, sms.body))
    assert.equal(sms.body.channel, 'sms')
    assert.equal(sms.body.remindAt, '2026-11-22T19:00:00+08:00')

    const wechat = await api.post('/subscriptions', { templateIds: ['tmpl-reminder'], subject }, { token })
    assert.equal(wechat.body.channel, 'wechat')
    const shown = await api.get(`/appointments/${booked.body.appointmentId}`, { token })
    assert.deepEqual(shown.body.reminder, { remindAt: '2026-11-22T19:00:00+08:00', channel: 'wechat' })

    // Moved, at 19:30, to tomorrow evening: the evening before has passed, so two hours before.
    token = await moveClock(api, '2026-11-18T19:30:00+08:00', phone)
    const moved = await api.post(
      `/appointments/${booked.body.appointmentId}/reschedule`,
      { slotId: slotAt(list, '2026-11-19T18:30:00+08:00').slotId },
      { token },
    )
    assert.equal(moved.body.reminder.remindAt, '2026-11-19T16:30:00+08:00')

    const stranger = await simLogin(api, newPhone())
    assert.equal(
      (await api.post('/subscriptions', { templateIds: [], subject }, { token: stranger })).status,
      404,
    )
  })
})

describe('capacity under concurrency', () => {
  it('lets exactly the capacity through when 60 citizens book the last places at once', async (t) => {
    const { api } = await setup(t)
    const slot = slotAt(await slots(api), '2026-11-24T10:00:00+08:00')
    const tokens = await Promise.all(Array.from({ length: 60 }, () => simLogin(api, newPhone())))
    const results = await Promise.all(tokens.map((token) => book(api, token, slot.slotId)))
    const statuses = results.map((r) => r.status)
    assert.equal(statuses.filter((s) => s === 201).length, slot.capacity)
    assert.equal(statuses.filter((s) => s === 409).length, 60 - slot.capacity)
    assert.equal(slotAt(await slots(api), slot.start).remaining, 0)
  })
})
