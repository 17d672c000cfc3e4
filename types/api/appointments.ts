import * as v from 'valibot'

import { DAY_KINDS, daysBetween, isCalendarDate } from '../rules/calendar'
import { CalendarDateSchema, ShanghaiDateTimeSchema } from './common'
import { IdNumberSchema, RealNameSchema, SmsSendRequestSchema } from './identity'

// ---------------------------------------------------------------------------------------------------------
// GET /calendar?from=&to= — the official calendar, owned by the platform (it adds next year's holidays as
// soon as the State Council publishes them). A day of a year it does not have yet comes back as `unknown`:
// the app says the arrangement is not published, it never assumes an ordinary week.
// ---------------------------------------------------------------------------------------------------------

export const CALENDAR_DAY_KINDS = [...DAY_KINDS, 'unknown'] as const
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number]

export const CalendarDaySchema = v.object({
  date: CalendarDateSchema,
  /** workday 工作日 · weekend 周末 · holiday 法定节假日 · adjusted_workday 调休上班 · unknown 安排未公布 */
  kind: v.picklist(CALENDAR_DAY_KINDS),
  /** The holiday (国庆节) on a holiday, and the holiday it makes up for on an adjusted workday. */
  name: v.optional(v.string()),
})
export type CalendarDay = v.InferOutput<typeof CalendarDaySchema>

/** One request covers at most this many days. */
export const MAX_CALENDAR_DAYS = 366

const QueryDateSchema = v.pipe(
  v.string('请选择日期'),
  v.check(isCalendarDate, '请填写正确的日期，例如 2026-01-01'),
)

export const CalendarQuerySchema = v.pipe(
  v.object({ from: QueryDateSchema, to: QueryDateSchema }),
  v.forward(
    v.partialCheck(
      [['from'], ['to']],
      // valibot runs this even when a date failed its own check above (a failed `check` leaves the value
      // "typed"), so a bad date is left to that check's message instead of reaching daysBetween, which
      // throws on anything but a real date.
      ({ from, to }) =>
        !isCalendarDate(from) ||
        !isCalendarDate(to) ||
        (daysBetween(from, to) >= 0 && daysBetween(from, to) < MAX_CALENDAR_DAYS),
      `结束日期应在开始日期之后，且一次最多查询${MAX_CALENDAR_DAYS}天`,
    ),
    ['to'],
  ),
)
export type CalendarQuery = v.InferInput<typeof CalendarQuerySchema>

export const CalendarResponseSchema = v.object({
  from: CalendarDateSchema,
  to: CalendarDateSchema,
  /** Every date from `from` to `to`, in order. */
  days: v.array(CalendarDaySchema),
})
export type CalendarResponse = v.InferOutput<typeof CalendarResponseSchema>

// ---------------------------------------------------------------------------------------------------------
// Halls and what they take appointments for (错时延时预约办)
// ---------------------------------------------------------------------------------------------------------

/** 09:00 — a time of day in China. */
export const TimeOfDaySchema = v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, '时间格式不正确'))
export const TimeRangeSchema = v.object({ start: TimeOfDaySchema, end: TimeOfDaySchema })
export type TimeRange = v.InferOutput<typeof TimeRangeSchema>

export const HALL_LEVELS = ['city', 'county', 'township'] as const
export type HallLevel = (typeof HALL_LEVELS)[number]

/**
 * When a slot is: regular 工作时间 · lunch 午间不打烊 · evening 晚间延时 · weekend 周末预约 · holiday 节假日预约.
 * Adjusted workdays (调休上班) open like workdays.
 */
export const SLOT_PERIODS = ['regular', 'lunch', 'evening', 'weekend', 'holiday'] as const
export const SlotPeriodSchema = v.picklist(SLOT_PERIODS)
export type SlotPeriod = (typeof SLOT_PERIODS)[number]

/** GCJ-02 coordinates, as WeChat's location and map APIs use them. */
export const GeoPointSchema = v.object({ latitude: v.number(), longitude: v.number() })
export type GeoPoint = v.InferOutput<typeof GeoPointSchema>

export const HallSchema = v.object({
  id: v.string(),
  name: v.string(),
  /** 县区 */
  county: v.string(),
  level: v.picklist(HALL_LEVELS),
  address: v.string(),
  location: GeoPointSchema,
  /** 咨询电话, dialable as is (0870-…). */
  phone: v.string(),
  /** Opening hours on workdays and adjusted workdays. */
  regularHours: v.array(TimeRangeSchema),
  /** Beyond regular hours; null or empty = not offered. Weekend and holiday openings are by appointment only. */
  offHours: v.object({
    lunch: v.nullable(TimeRangeSchema),
    evening: v.nullable(TimeRangeSchema),
    weekend: v.array(TimeRangeSchema),
    holiday: v.array(TimeRangeSchema),
  }),
  /** An appointment can be cancelled or changed until this many minutes before it starts. */
  cancelCutoffMinutes: v.number(),
})
export type Hall = v.InferOutput<typeof HallSchema>

/** GET /halls?serviceId= — every hall, or those that take appointments for that service. */
export const HallsQuerySchema = v.object({ serviceId: v.optional(v.string()) })
export const HallListSchema = v.object({ items: v.array(HallSchema) })
export type HallList = v.InferOutput<typeof HallListSchema>

/** A catalog item (事项) a hall books: serviceId is the item id. */
export const HallServiceSchema = v.object({
  serviceId: v.string(),
  name: v.string(),
  department: v.string(),
  /** The periods it can be booked in, with the places per slot; a period not listed is not offered. */
  periods: v.array(v.object({ period: SlotPeriodSchema, capacity: v.number() })),
})
export type HallService = v.InferOutput<typeof HallServiceSchema>

/** GET /halls/{hallId}/services */
export const HallServicesSchema = v.object({ hallId: v.string(), items: v.array(HallServiceSchema) })
export type HallServices = v.InferOutput<typeof HallServicesSchema>

/** GET /appointments/services (added): every service some hall books, for the first step of booking. */
export const AppointmentServiceSchema = v.object({
  serviceId: v.string(),
  name: v.string(),
  department: v.string(),
  hallIds: v.array(v.string()),
  /** Every period some hall offers it in. */
  periods: v.array(SlotPeriodSchema),
})
export type AppointmentService = v.InferOutput<typeof AppointmentServiceSchema>
export const AppointmentServiceListSchema = v.object({ items: v.array(AppointmentServiceSchema) })

/** GET /appointments/window (added): the dates that can be booked now, by the platform's clock. */
export const BookingWindowSchema = v.object({
  /** Today in China. */
  today: CalendarDateSchema,
  /** Tomorrow. */
  from: CalendarDateSchema,
  /** The last bookable day (14 days ahead). */
  to: CalendarDateSchema,
})
export type BookingWindow = v.InferOutput<typeof BookingWindowSchema>

// ---------------------------------------------------------------------------------------------------------
// GET /slots?hallId=&serviceId=&from=&to= — a bare array, as the contract states. from/to default to the
// booking window and are clipped to it. Days of an unknown year have no slots.
// ---------------------------------------------------------------------------------------------------------

export const SlotsQuerySchema = v.object({
  hallId: v.pipe(v.string('请选择大厅'), v.minLength(1, '请选择大厅')),
  serviceId: v.pipe(v.string('请选择要办的事项'), v.minLength(1, '请选择要办的事项')),
  from: v.optional(QueryDateSchema),
  to: v.optional(QueryDateSchema),
})
export type SlotsQuery = v.InferInput<typeof SlotsQuerySchema>

export const SlotSchema = v.object({
  slotId: v.string(),
  start: ShanghaiDateTimeSchema,
  end: ShanghaiDateTimeSchema,
  period: SlotPeriodSchema,
  capacity: v.number(),
  remaining: v.number(),
})
export type Slot = v.InferOutput<typeof SlotSchema>
export const SlotListSchema = v.array(SlotSchema)

// ---------------------------------------------------------------------------------------------------------
// Booking
// ---------------------------------------------------------------------------------------------------------

/** 帮办代办: the relative the appointment is for. Sent only in request bodies, answered masked. */
export const AppointmentApplicantSchema = v.object({
  name: RealNameSchema,
  idNumber: IdNumberSchema,
  phone: SmsSendRequestSchema.entries.phone,
})
export type AppointmentApplicant = v.InferInput<typeof AppointmentApplicantSchema>

const SlotIdSchema = v.pipe(v.string('请选择预约时段'), v.minLength(1, '请选择预约时段'))

/** POST /appointments (Idempotency-Key). No applicant = for the signed-in citizen. */
export const BookAppointmentRequestSchema = v.object({
  slotId: SlotIdSchema,
  serviceId: v.pipe(v.string('请选择要办的事项'), v.minLength(1, '请选择要办的事项')),
  applicant: v.optional(AppointmentApplicantSchema),
})
export type BookAppointmentRequest = v.InferInput<typeof BookAppointmentRequestSchema>

/** POST /appointments/{id}/reschedule: the same service, another slot; the old one is kept until it succeeds. */
export const RescheduleRequestSchema = v.object({ slotId: SlotIdSchema })
export type RescheduleRequest = v.InferInput<typeof RescheduleRequestSchema>

/** booked 已预约 · cancelled 已取消 · attended 已到场办理 · no_show 未到场 (recorded by the hall). */
export const APPOINTMENT_STATUSES = ['booked', 'cancelled', 'attended', 'no_show'] as const
export type AppointmentStatus = (typeof APPOINTMENT_STATUSES)[number]

export const REMINDER_CHANNELS = ['wechat', 'sms'] as const

export const AppointmentSchema = v.object({
  appointmentId: v.string(),
  /** 预约码, read out or scanned at the hall; the ticket's QR code carries only this. */
  code: v.string(),
  status: v.picklist(APPOINTMENT_STATUSES),
  service: v.object({ serviceId: v.string(), name: v.string() }),
  slot: v.object({
    slotId: v.string(),
    start: ShanghaiDateTimeSchema,
    end: ShanghaiDateTimeSchema,
    period: SlotPeriodSchema,
  }),
  hall: v.object({
    id: v.string(),
    name: v.string(),
    address: v.string(),
    phone: v.string(),
    location: GeoPointSchema,
  }),
  /** Who will come: the account holder (self) or a relative (proxy, 帮办代办). Always masked. */
  applicant: v.object({
    kind: v.picklist(['self', 'proxy']),
    /** 张* ; '' for an account holder not yet real-name verified. */
    name: v.string(),
    idNumberMasked: v.nullable(v.string()),
    phoneMasked: v.nullable(v.string()),
  }),
  /** The hall's cut-off: cancel or reschedule until then. */
  changeableUntil: ShanghaiDateTimeSchema,
  /** Whether it can still be cancelled or rescheduled, by the platform's clock when it answered. */
  changeable: v.boolean(),
  /** Booked and not over yet, by the platform's clock when it answered (a phone's own clock may be wrong). */
  upcoming: v.boolean(),
  reminder: v.nullable(
    v.object({ remindAt: ShanghaiDateTimeSchema, channel: v.picklist(REMINDER_CHANNELS) }),
  ),
  createdAt: ShanghaiDateTimeSchema,
  updatedAt: ShanghaiDateTimeSchema,
})
export type Appointment = v.InferOutput<typeof AppointmentSchema>

// `details` of the booking errors, so the app can say exactly what happened and what to do next.

/**
 * 409 SLOT_FULL: free slots of the same hall and service that come closest to the one asked for — the same
 * period first (another evening for an evening), then nearest in time — listed soonest first.
 */
export const SlotFullDetailsSchema = v.object({ alternatives: v.array(SlotSchema) })
/** 409 DUPLICATE_APPOINTMENT: the booking that already covers that applicant, service and day (if it is mine). */
export const DuplicateAppointmentDetailsSchema = v.object({
  date: CalendarDateSchema,
  appointmentId: v.optional(v.string()),
})
/** 422 OUTSIDE_BOOKING_WINDOW */
export const OutsideWindowDetailsSchema = BookingWindowSchema
/** 403 BOOKING_RESTRICTED: repeated no-shows; booking opens again on this date. */
export const BookingRestrictedDetailsSchema = v.object({ restrictedUntil: CalendarDateSchema })
/** 422 TOO_LATE_TO_CANCEL (also for rescheduling past the cut-off) */
export const TooLateDetailsSchema = v.object({ changeableUntil: ShanghaiDateTimeSchema })

// ---------------------------------------------------------------------------------------------------------
// POST /subscriptions — the citizen's consent to one-time reminders. On weapp `templateIds` are the WeChat
// subscribe-message templates they accepted; on H5 it is empty and the platform reminds by SMS. The platform
// picks the time (the evening before, or two hours before when that has passed) and answers it.
// ---------------------------------------------------------------------------------------------------------

export const SUBSCRIPTION_SUBJECT_TYPES = ['appointment'] as const

export const SubscriptionRequestSchema = v.object({
  templateIds: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.maxLength(3, '一次最多订阅3条消息')),
  subject: v.object({ type: v.picklist(SUBSCRIPTION_SUBJECT_TYPES), id: v.pipe(v.string(), v.minLength(1)) }),
})
export type SubscriptionRequest = v.InferInput<typeof SubscriptionRequestSchema>

export const SubscriptionSchema = v.object({
  subscriptionId: v.string(),
  subject: v.object({ type: v.picklist(SUBSCRIPTION_SUBJECT_TYPES), id: v.string() }),
  channel: v.picklist(REMINDER_CHANNELS),
  templateIds: v.array(v.string()),
  remindAt: ShanghaiDateTimeSchema,
})
export type Subscription = v.InferOutput<typeof SubscriptionSchema>
