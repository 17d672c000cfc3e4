import { randomInt } from 'node:crypto'

import {
  type Appointment,
  type AppointmentService,
  BookAppointmentRequestSchema,
  type BookingWindow,
  type Hall,
  HallsQuerySchema,
  type HallService,
  RescheduleRequestSchema,
  SLOT_PERIODS,
  type Slot,
  type SlotPeriod,
  SlotsQuerySchema,
  type Subscription,
  SubscriptionRequestSchema,
  type TimeRange,
} from '../../types/api/appointments'
import { PageQuerySchema } from '../../types/api/common'
import { maskIdNumber, maskName, maskPhone } from '../../types/rules/mask'
import {
  addDays,
  calendarDay,
  type CalendarData,
  type DayKind,
  daysBetween,
  eachDate,
  isCalendarDate,
  monthDayText,
  shanghaiDate,
} from '../../types/rules/calendar'
import { toShanghaiIso } from '../framework/clock'
import type { Feature, SimContext } from '../framework/context'
import { ApiError, validationFailed } from '../framework/errors'
import { json } from '../framework/http'
import { getOwn } from '../framework/records'
import { parseBody, parseQuery } from '../framework/validate'
import {
  type AppointmentRecord,
  type AppointmentServiceSeed,
  type AppointmentsState,
  BOOKING_POLICY,
  APPOINTMENT_SERVICES,
  findAppointmentService,
  servicesBookedAt,
  type SubscriptionRecord,
} from '../seed/appointments'
import { PLATFORM_CALENDAR } from '../seed/calendar'
import { findHall, HALLS, type HallSeed } from '../seed/halls'
import type { Citizen } from '../seed/identity'
import { requireCitizen } from './identity'

const MINUTE_MS = 60_000

// ---------------------------------------------------------------------------------------------------------
// Slots: cut from each hall's hours on the days the official calendar allows. Nothing is stored per slot;
// a slot id names hall, service, date and start, and is valid only if the rules generate it again.
// ---------------------------------------------------------------------------------------------------------

export interface SlotSpec {
  slotId: string
  hallId: string
  serviceId: string
  date: string
  start: string
  end: string
  period: SlotPeriod
  capacity: number
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}
const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const fromMinutes = (minutes: number) => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`
const shanghaiInstant = (date: string, time: string) => `${date}T${time}:00+08:00`

function hoursText(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60}小时` : `${minutes}分钟`
}

/** The hall's openings on a day of this kind, earliest first, each with its period. */
function openingsOn(hall: HallSeed, kind: DayKind): Array<{ period: SlotPeriod; range: TimeRange }> {
  const of = (period: SlotPeriod, ranges: Array<TimeRange | null>) =>
    ranges.flatMap((range) => (range ? [{ period, range }] : []))
  switch (kind) {
    case 'workday':
    case 'adjusted_workday':
      return [
        ...of('regular', hall.regularHours),
        ...of('lunch', [hall.lunch]),
        ...of('evening', [hall.evening]),
      ].sort((a, b) => toMinutes(a.range.start) - toMinutes(b.range.start))
    case 'weekend':
      return of('weekend', hall.weekend)
    case 'holiday':
      return of('holiday', hall.holiday)
  }
}

/** Places per slot for a service at a hall, in the periods both the department and the hall staff. */
export function serviceCapacity(
  hall: HallSeed,
  service: AppointmentServiceSeed,
): Array<{ period: SlotPeriod; capacity: number }> {
  return SLOT_PERIODS.flatMap((period) => {
    const capacity = hall.capacity[period]
    return capacity && service.periods.includes(period) ? [{ period, capacity }] : []
  })
}

/** Every slot of a service at a hall on one date; none on a date of an unpublished year. */
function slotsOn(
  calendar: CalendarData,
  hall: HallSeed,
  service: AppointmentServiceSeed,
  date: string,
): SlotSpec[] {
  const day = calendarDay(calendar, date)
  if (!day) return []
  const capacities = new Map(serviceCapacity(hall, service).map((c) => [c.period, c.capacity]))
  const slots: SlotSpec[] = []
  for (const { period, range } of openingsOn(hall, day.kind)) {
    const capacity = capacities.get(period)
    if (!capacity) continue
    const last = toMinutes(range.end) - hall.slotMinutes
    for (let minutes = toMinutes(range.start); minutes <= last; minutes += hall.slotMinutes) {
      const time = fromMinutes(minutes)
      slots.push({
        slotId: `${hall.id}_${service.id}_${date}_${time.replace(':', '')}`,
        hallId: hall.id,
        serviceId: service.id,
        date,
        start: shanghaiInstant(date, time),
        end: shanghaiInstant(date, fromMinutes(minutes + hall.slotMinutes)),
        period,
        capacity,
      })
    }
  }
  return slots
}

function bookedAt(hall: HallSeed, serviceId: string): AppointmentServiceSeed | undefined {
  return servicesBookedAt(hall).find((service) => service.id === serviceId)
}

/** The slot an id names, if the rules generate it (a forged or outdated id finds nothing). */
export function findSlot(calendar: CalendarData, slotId: string): SlotSpec | undefined {
  const [hallId, serviceId, date, ...rest] = slotId.split('_')
  if (rest.length !== 1 || !isCalendarDate(date ?? '')) return undefined
  const hall = findHall(hallId)
  const service = hall && bookedAt(hall, serviceId)
  if (!hall || !service) return undefined
  return slotsOn(calendar, hall, service, date).find((slot) => slot.slotId === slotId)
}

function bookingWindow(now: Date): BookingWindow {
  const today = shanghaiDate(now)
  return { today, from: addDays(today, 1), to: addDays(today, BOOKING_POLICY.windowDays) }
}

function inWindow(window: BookingWindow, date: string): boolean {
  return daysBetween(window.from, date) >= 0 && daysBetween(date, window.to) >= 0
}

// A cancelled booking gives its place back; attended and missed ones keep it (their slot is over anyway).
const holdsPlace = (appointment: AppointmentRecord) => appointment.status !== 'cancelled'

function placesTaken(state: AppointmentsState, slotId: string): number {
  let taken = 0
  for (const appointment of Object.values(state.items))
    if (appointment.slotId === slotId && holdsPlace(appointment)) taken++
  return taken
}

function placesTakenBySlot(state: AppointmentsState): Map<string, number> {
  const taken = new Map<string, number>()
  for (const appointment of Object.values(state.items))
    if (holdsPlace(appointment)) taken.set(appointment.slotId, (taken.get(appointment.slotId) ?? 0) + 1)
  return taken
}

function slotView(spec: SlotSpec, taken: number): Slot {
  return {
    slotId: spec.slotId,
    start: spec.start,
    end: spec.end,
    period: spec.period,
    capacity: spec.capacity,
    remaining: Math.max(0, spec.capacity - taken),
  }
}

/**
 * The free slots of the same hall and service in the window that come closest to `spec`: the same period
 * first (someone who asked for an evening after work needs another evening, not 10:00), then nearest in
 * time; listed soonest first.
 */
function nearestFreeSlots(ctx: SimContext, spec: SlotSpec): Slot[] {
  const hall = findHall(spec.hallId)
  const service = hall && bookedAt(hall, spec.serviceId)
  if (!hall || !service) return []
  const window = bookingWindow(ctx.clock.now())
  const taken = placesTakenBySlot(ctx.state.appointments)
  const target = Date.parse(spec.start)
  const distance = (slot: Slot) => Math.abs(Date.parse(slot.start) - target)
  const otherPeriod = (slot: Slot) => (slot.period === spec.period ? 0 : 1)
  return eachDate(window.from, window.to)
    .flatMap((date) => slotsOn(PLATFORM_CALENDAR, hall, service, date))
    .filter((slot) => slot.slotId !== spec.slotId)
    .map((slot) => slotView(slot, taken.get(slot.slotId) ?? 0))
    .filter((slot) => slot.remaining > 0)
    .sort(
      (a, b) =>
        otherPeriod(a) - otherPeriod(b) ||
        distance(a) - distance(b) ||
        Date.parse(a.start) - Date.parse(b.start),
    )
    .slice(0, BOOKING_POLICY.alternatives)
    .sort((a, b) => Date.parse(a.start) - Date.parse(b.start))
}

// ---------------------------------------------------------------------------------------------------------
// Booking rules. Each check-and-write below runs without an `await` between the check and the write: the
// simulator is one Node process, so no other request can take a place in between (scripts/bench-booking.ts
// proves it under 500 concurrent requests).
// ---------------------------------------------------------------------------------------------------------

/** 409 SLOT_FULL with the alternatives to offer. */
export function slotFull(ctx: SimContext, spec: SlotSpec): ApiError {
  return new ApiError(409, 'SLOT_FULL', '您选的时段刚刚约满了，请换一个时段', {
    alternatives: nearestFreeSlots(ctx, spec),
  })
}

function assertInWindow(ctx: SimContext, spec: SlotSpec): void {
  const window = bookingWindow(ctx.clock.now())
  if (inWindow(window, spec.date)) return
  throw new ApiError(
    422,
    'OUTSIDE_BOOKING_WINDOW',
    `只能预约${monthDayText(window.from)}至${monthDayText(window.to)}的时段，请重新选择`,
    window,
  )
}

/** The date booking opens again after repeated no-shows, or null when the citizen may book. */
function restrictedUntil(state: AppointmentsState, userId: string, today: string): string | null {
  const { noShowLimit, noShowPeriodDays, restrictionDays } = BOOKING_POLICY
  const missed = Object.values(state.items)
    .filter((a) => a.userId === userId && a.status === 'no_show' && a.noShowAt)
    .map((a) => shanghaiDate(new Date(a.noShowAt as string)))
    .sort()
  let until: string | null = null
  for (let i = noShowLimit - 1; i < missed.length; i++) {
    if (daysBetween(missed[i - noShowLimit + 1], missed[i]) >= noShowPeriodDays) continue
    const reopens = addDays(missed[i], restrictionDays)
    if (daysBetween(today, reopens) > 0 && (until === null || reopens > until)) until = reopens
  }
  return until
}

function assertMayBook(ctx: SimContext, citizen: Citizen): void {
  const until = restrictedUntil(ctx.state.appointments, citizen.id, shanghaiDate(ctx.clock.now()))
  if (!until) return
  throw new ApiError(
    403,
    'BOOKING_RESTRICTED',
    `您近${BOOKING_POLICY.noShowPeriodDays}天内有${BOOKING_POLICY.noShowLimit}次预约未到场，${monthDayText(until)}起才能再预约。如有特殊情况，请拨打12345。`,
    { restrictedUntil: until },
  )
}

function assertNoDuplicate(
  ctx: SimContext,
  citizen: Citizen,
  applicantKey: string,
  spec: SlotSpec,
  except?: string,
): void {
  const existing = Object.values(ctx.state.appointments.items).find(
    (a) =>
      a.status === 'booked' &&
      a.applicantKey === applicantKey &&
      a.serviceId === spec.serviceId &&
      a.start.slice(0, 10) === spec.date &&
      a.id !== except,
  )
  if (!existing) return
  const service = findAppointmentService(spec.serviceId)?.name ?? '该事项'
  const mine = existing.userId === citizen.id
  throw new ApiError(
    409,
    'DUPLICATE_APPOINTMENT',
    `${mine && existing.applicant.kind === 'self' ? '您' : '这位办事人'}${monthDayText(spec.date)}已预约过「${service}」，同一事项每天只能预约一次`,
    mine ? { date: spec.date, appointmentId: existing.id } : { date: spec.date },
  )
}

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'

function newCode(state: AppointmentsState): string {
  const taken = new Set(Object.values(state.items).map((a) => a.code))
  for (;;) {
    let code = ''
    for (let i = 0; i < 8; i++) code += CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]
    if (!taken.has(code)) return code
  }
}

/** The slot a request names, or a 422 on the field (an unknown, forged or mismatched id). */
function requestedSlot(slotId: string, serviceId: string): SlotSpec {
  const spec = findSlot(PLATFORM_CALENDAR, slotId)
  if (!spec) throw validationFailed({ slotId: '没有这个预约时段，请重新选择' })
  if (spec.serviceId !== serviceId) throw validationFailed({ slotId: '这个时段不办理所选事项，请重新选择' })
  return spec
}

function changeableUntilMs(appointment: AppointmentRecord): number {
  const hall = findHall(appointment.hallId)
  return Date.parse(appointment.start) - (hall?.cancelCutoffMinutes ?? 0) * MINUTE_MS
}

function assertChangeable(ctx: SimContext, appointment: AppointmentRecord, action: '取消' | '改约'): void {
  if (appointment.status !== 'booked') {
    const why = { cancelled: '已取消', attended: '已办理', no_show: '已过期', booked: '' }[appointment.status]
    throw new ApiError(409, 'CONFLICT', `这条预约${why}，不能再${action}`)
  }
  const until = changeableUntilMs(appointment)
  if (ctx.clock.nowMs() < until) return
  const hall = findHall(appointment.hallId)
  const cutoff = hoursText(hall?.cancelCutoffMinutes ?? 0)
  throw new ApiError(
    422,
    'TOO_LATE_TO_CANCEL',
    `预约开始前${cutoff}内不能再${action}。如不能前往，请致电大厅${hall ? ` ${hall.phone}` : ''}`,
    { changeableUntil: toShanghaiIso(new Date(until)) },
  )
}

/** The evening before, or two hours before when that has passed; null when it is too late to remind. */
function reminderTime(start: string, nowMs: number): string | null {
  const eveningBefore = Date.parse(
    shanghaiInstant(addDays(start.slice(0, 10), -1), BOOKING_POLICY.reminderEveningTime),
  )
  if (eveningBefore > nowMs) return toShanghaiIso(new Date(eveningBefore))
  const shortly = Date.parse(start) - BOOKING_POLICY.reminderFallbackMinutes * MINUTE_MS
  return shortly > nowMs ? toShanghaiIso(new Date(shortly)) : null
}

function ownAppointment(ctx: SimContext, citizen: Citizen, id: string): AppointmentRecord {
  const appointment = getOwn(ctx.state.appointments.items, id)
  if (!appointment || appointment.userId !== citizen.id) {
    throw new ApiError(404, 'NOT_FOUND', '没有找到这条预约')
  }
  return appointment
}

// ---------------------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------------------

function hallView(hall: HallSeed): Hall {
  return {
    id: hall.id,
    name: hall.name,
    county: hall.county,
    level: hall.level,
    address: hall.address,
    location: hall.location,
    phone: hall.phone,
    regularHours: hall.regularHours,
    offHours: { lunch: hall.lunch, evening: hall.evening, weekend: hall.weekend, holiday: hall.holiday },
    cancelCutoffMinutes: hall.cancelCutoffMinutes,
  }
}

function hallServiceView(hall: HallSeed, service: AppointmentServiceSeed): HallService {
  return {
    serviceId: service.id,
    name: service.name,
    department: service.department,
    periods: serviceCapacity(hall, service),
  }
}

function appointmentServiceView(service: AppointmentServiceSeed): AppointmentService {
  const halls = HALLS.filter((hall) => bookedAt(hall, service.id))
  const offered = new Set(halls.flatMap((hall) => serviceCapacity(hall, service).map((c) => c.period)))
  return {
    serviceId: service.id,
    name: service.name,
    department: service.department,
    hallIds: halls.map((hall) => hall.id),
    periods: SLOT_PERIODS.filter((period) => offered.has(period)),
  }
}

/** One reminder per appointment: asking again replaces it. */
function subscriptionFor(state: AppointmentsState, appointmentId: string): SubscriptionRecord | undefined {
  return Object.values(state.subscriptions).find((s) => s.appointmentId === appointmentId)
}

const isUpcoming = (appointment: AppointmentRecord, nowMs: number) =>
  appointment.status === 'booked' && Date.parse(appointment.end) > nowMs

/** What the citizen sees: hall and service spelled out, the applicant masked, the cut-off stated. */
function appointmentView(ctx: SimContext, appointment: AppointmentRecord): Appointment {
  const hall = findHall(appointment.hallId) as HallSeed
  const owner = getOwn(ctx.state.identity.citizens, appointment.userId)
  const { applicant } = appointment
  const until = changeableUntilMs(appointment)
  const subscription =
    appointment.status === 'booked' ? subscriptionFor(ctx.state.appointments, appointment.id) : undefined
  return {
    appointmentId: appointment.id,
    code: appointment.code,
    status: appointment.status,
    service: {
      serviceId: appointment.serviceId,
      name: findAppointmentService(appointment.serviceId)?.name ?? '',
    },
    slot: {
      slotId: appointment.slotId,
      start: appointment.start,
      end: appointment.end,
      period: appointment.period,
    },
    hall: { id: hall.id, name: hall.name, address: hall.address, phone: hall.phone, location: hall.location },
    applicant:
      applicant.kind === 'proxy'
        ? {
            kind: 'proxy',
            name: maskName(applicant.name),
            idNumberMasked: maskIdNumber(applicant.idNumber),
            phoneMasked: maskPhone(applicant.phone),
          }
        : {
            kind: 'self',
            name: owner?.realName ? maskName(owner.realName.name) : '',
            idNumberMasked: owner?.realName ? maskIdNumber(owner.realName.idNumber) : null,
            phoneMasked: owner?.phone ? maskPhone(owner.phone) : null,
          },
    changeableUntil: toShanghaiIso(new Date(until)),
    changeable: appointment.status === 'booked' && ctx.clock.nowMs() < until,
    upcoming: isUpcoming(appointment, ctx.clock.nowMs()),
    reminder: subscription ? { remindAt: subscription.remindAt, channel: subscription.channel } : null,
    createdAt: appointment.createdAt,
    updatedAt: appointment.updatedAt,
  }
}

/** Upcoming bookings soonest first, then everything else latest first. */
function mineInOrder(ctx: SimContext, userId: string): AppointmentRecord[] {
  const nowMs = ctx.clock.nowMs()
  const upcoming = (a: AppointmentRecord) => isUpcoming(a, nowMs)
  const mine = Object.values(ctx.state.appointments.items).filter((a) => a.userId === userId)
  return [
    ...mine.filter(upcoming).sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
    ...mine.filter((a) => !upcoming(a)).sort((a, b) => Date.parse(b.start) - Date.parse(a.start)),
  ]
}

// ---------------------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------------------

const DEFAULT_PAGE_SIZE = 20

function hallParam(hallId: string): HallSeed {
  const hall = findHall(hallId)
  if (!hall) throw new ApiError(404, 'NOT_FOUND', '没有找到这个大厅')
  return hall
}

export const appointmentsFeature: Feature = {
  name: 'appointments',
  register(router, ctx) {
    const state = () => ctx.state.appointments
    const now = () => ctx.clock.now()

    router.get('/halls', (req) => {
      const { serviceId } = parseQuery(req, HallsQuerySchema)
      if (serviceId !== undefined && !findAppointmentService(serviceId)) {
        throw validationFailed({ serviceId: '没有这项预约服务' })
      }
      const halls = serviceId === undefined ? HALLS : HALLS.filter((hall) => bookedAt(hall, serviceId))
      return json(200, { items: halls.map(hallView) })
    })

    router.get('/halls/:hallId/services', (req) => {
      const hall = hallParam(req.params.hallId)
      return json(200, {
        hallId: hall.id,
        items: servicesBookedAt(hall).map((service) => hallServiceView(hall, service)),
      })
    })

    router.get('/appointments/services', () =>
      json(200, { items: APPOINTMENT_SERVICES.map(appointmentServiceView) }),
    )

    router.get('/appointments/window', () => json(200, bookingWindow(now())))

    router.get('/slots', (req) => {
      const query = parseQuery(req, SlotsQuerySchema)
      const hall = findHall(query.hallId)
      if (!hall) throw validationFailed({ hallId: '没有这个大厅' })
      const service = bookedAt(hall, query.serviceId)
      if (!service) throw validationFailed({ serviceId: '这个大厅不预约所选事项' })
      const window = bookingWindow(now())
      const from = query.from && query.from > window.from ? query.from : window.from
      const to = query.to && query.to < window.to ? query.to : window.to
      const taken = placesTakenBySlot(state())
      const slots = eachDate(from, to)
        .flatMap((date) => slotsOn(PLATFORM_CALENDAR, hall, service, date))
        .map((spec) => slotView(spec, taken.get(spec.slotId) ?? 0))
      return json(200, slots)
    })

    router.post(
      '/appointments',
      ctx.idempotent((req) => {
        const citizen = requireCitizen(ctx, req)
        const body = parseBody(req, BookAppointmentRequestSchema)
        const spec = requestedSlot(body.slotId, body.serviceId)
        assertInWindow(ctx, spec)
        assertMayBook(ctx, citizen)
        const applicantKey = body.applicant?.idNumber ?? citizen.realName?.idNumber ?? `user:${citizen.id}`
        assertNoDuplicate(ctx, citizen, applicantKey, spec)
        if (placesTaken(state(), spec.slotId) >= spec.capacity) throw slotFull(ctx, spec)

        const at = toShanghaiIso(now())
        const appointment: AppointmentRecord = {
          id: `a-${String(state().nextSeq++).padStart(6, '0')}`,
          code: newCode(state()),
          userId: citizen.id,
          serviceId: spec.serviceId,
          hallId: spec.hallId,
          slotId: spec.slotId,
          start: spec.start,
          end: spec.end,
          period: spec.period,
          applicant: body.applicant ? { kind: 'proxy', ...body.applicant } : { kind: 'self' },
          applicantKey,
          status: 'booked',
          createdAt: at,
          updatedAt: at,
        }
        state().items[appointment.id] = appointment
        return json(201, appointmentView(ctx, appointment))
      }),
    )

    router.get('/appointments', (req) => {
      const citizen = requireCitizen(ctx, req)
      // GET /appointments?cursor=&limit= — mine: upcoming first (soonest first), then the rest (latest first).
      const query = parseQuery(req, PageQuerySchema)
      const offset = Number(query.cursor ?? 0)
      if (!Number.isInteger(offset) || offset < 0) throw validationFailed({ cursor: '分页参数不正确' })
      const limit = query.limit ?? DEFAULT_PAGE_SIZE
      const mine = mineInOrder(ctx, citizen.id)
      return json(200, {
        items: mine.slice(offset, offset + limit).map((a) => appointmentView(ctx, a)),
        nextCursor: offset + limit < mine.length ? String(offset + limit) : null,
      })
    })

    router.get('/appointments/:appointmentId', (req) => {
      const citizen = requireCitizen(ctx, req)
      return json(200, appointmentView(ctx, ownAppointment(ctx, citizen, req.params.appointmentId)))
    })

    router.post('/appointments/:appointmentId/cancel', (req) => {
      const appointment = ownAppointment(ctx, requireCitizen(ctx, req), req.params.appointmentId)
      assertChangeable(ctx, appointment, '取消')
      appointment.status = 'cancelled'
      appointment.updatedAt = toShanghaiIso(now())
      return json(200, appointmentView(ctx, appointment))
    })

    router.post(
      '/appointments/:appointmentId/reschedule',
      ctx.idempotent((req) => {
        const citizen = requireCitizen(ctx, req)
        const appointment = ownAppointment(ctx, citizen, req.params.appointmentId)
        const { slotId } = parseBody(req, RescheduleRequestSchema)
        assertChangeable(ctx, appointment, '改约')
        const spec = requestedSlot(slotId, appointment.serviceId)
        if (spec.slotId === appointment.slotId) throw validationFailed({ slotId: '这就是您现在预约的时段' })
        assertInWindow(ctx, spec)
        assertNoDuplicate(ctx, citizen, appointment.applicantKey, spec, appointment.id)
        if (placesTaken(state(), spec.slotId) >= spec.capacity) throw slotFull(ctx, spec)

        // Every check passed: move the booking in one step, so the old place is never given up for nothing.
        Object.assign(appointment, {
          hallId: spec.hallId,
          slotId: spec.slotId,
          start: spec.start,
          end: spec.end,
          period: spec.period,
          updatedAt: toShanghaiIso(now()),
        })
        const subscription = subscriptionFor(state(), appointment.id)
        if (subscription) {
          const remindAt = reminderTime(spec.start, ctx.clock.nowMs())
          if (remindAt) subscription.remindAt = remindAt
          else delete state().subscriptions[subscription.id]
        }
        return json(200, appointmentView(ctx, appointment))
      }),
    )

    router.post('/subscriptions', (req) => {
      const citizen = requireCitizen(ctx, req)
      const { templateIds, subject } = parseBody(req, SubscriptionRequestSchema)
      const appointment = ownAppointment(ctx, citizen, subject.id)
      if (appointment.status !== 'booked') throw new ApiError(409, 'CONFLICT', '这条预约已不需要提醒')
      if (templateIds.length === 0 && !citizen.phone) {
        throw validationFailed({ templateIds: '请允许微信消息提醒，或先绑定手机号接收短信提醒' })
      }
      const remindAt = reminderTime(appointment.start, ctx.clock.nowMs())
      if (!remindAt) throw new ApiError(409, 'CONFLICT', '预约马上就要开始了，不再设置提醒')
      const previous = subscriptionFor(state(), appointment.id)
      if (previous) delete state().subscriptions[previous.id]
      const record: SubscriptionRecord = {
        id: `sub-${String(state().nextSubscriptionSeq++).padStart(6, '0')}`,
        userId: citizen.id,
        appointmentId: appointment.id,
        channel: templateIds.length > 0 ? 'wechat' : 'sms',
        templateIds,
        remindAt,
        createdAt: toShanghaiIso(now()),
      }
      state().subscriptions[record.id] = record
      const view: Subscription = {
        subscriptionId: record.id,
        subject,
        channel: record.channel,
        templateIds,
        remindAt,
      }
      return json(201, view)
    })

    // The hall's side: the window clerk scans the code (attend), or the slot passes without them (no-show).
    const recordVisit = (outcome: 'attended' | 'no_show') => (req: { params: Record<string, string> }) => {
      const appointment = getOwn(state().items, req.params.appointmentId)
      if (!appointment) throw new ApiError(404, 'NOT_FOUND', '没有找到这条预约')
      if (appointment.status !== 'booked') throw new ApiError(409, 'CONFLICT', '这条预约已有结果')
      if (outcome === 'no_show' && ctx.clock.nowMs() < Date.parse(appointment.start)) {
        throw new ApiError(409, 'CONFLICT', '预约时段还没开始，不能记为未到场')
      }
      const at = toShanghaiIso(now())
      appointment.status = outcome
      appointment.updatedAt = at
      if (outcome === 'no_show') appointment.noShowAt = at
      return json(200, appointmentView(ctx, appointment))
    }
    router.post('/__sim/appointments/:appointmentId/attend', recordVisit('attended'))
    router.post('/__sim/appointments/:appointmentId/no-show', recordVisit('no_show'))
  },
}
