import * as v from 'valibot'

/** Every contract path is relative to this prefix. */
export const API_PREFIX = '/api/v1'

/** Lists take `?cursor=&limit=`; the platform never returns more than this many items per page. */
export const MAX_PAGE_LIMIT = 50

/** `?cursor=&limit=` of every list (cases, appointments, ratings, feedback). */
export const PageQuerySchema = v.object({
  cursor: v.optional(v.string()),
  limit: v.optional(
    v.pipe(
      v.string(),
      v.transform(Number),
      v.integer('条数不正确'),
      v.minValue(1, '条数不正确'),
      v.maxValue(MAX_PAGE_LIMIT, `每页最多${MAX_PAGE_LIMIT}条`),
    ),
  ),
})

export const ERROR_CODES = [
  // Generic
  'UNAUTHENTICATED',
  'BAD_REQUEST',
  'VALIDATION_FAILED',
  'NOT_FOUND',
  'METHOD_NOT_ALLOWED',
  'PAYLOAD_TOO_LARGE',
  'UNSUPPORTED_MEDIA_TYPE',
  'RATE_LIMITED',
  'IDEMPOTENCY_CONFLICT',
  'FORBIDDEN',
  'CONFLICT',
  'INTERNAL',
  'SERVICE_UNAVAILABLE',
  // Identity
  'REALNAME_MISMATCH',
  'SMS_CODE_INVALID',
  'SMS_LOCKED',
  // Appointments
  'SLOT_FULL',
  'DUPLICATE_APPOINTMENT',
  'OUTSIDE_BOOKING_WINDOW',
  'BOOKING_RESTRICTED',
  'TOO_LATE_TO_CANCEL',
  // Ratings
  'ALREADY_RATED',
  'NOT_RATEABLE',
] as const

export type ErrorCode = (typeof ERROR_CODES)[number]

/**
 * The body of every error response. `code` stays a plain string so an app built today still understands a
 * platform that adds codes tomorrow; compare it against `ErrorCode`.
 */
export const ApiErrorBodySchema = v.object({
  code: v.string(),
  message: v.string(),
  details: v.optional(v.record(v.string(), v.unknown())),
})
export type ApiErrorBody = v.InferOutput<typeof ApiErrorBodySchema>

/** `details` of a 422 VALIDATION_FAILED: field key (dot path for nested fields) → message for the citizen. */
export const FieldErrorsSchema = v.record(v.string(), v.string())
export type FieldErrors = v.InferOutput<typeof FieldErrorsSchema>

/** `details` of a 429 (RATE_LIMITED, SMS_LOCKED). */
export const RetryAfterDetailsSchema = v.object({ retryAfterSeconds: v.number() })

/** A point in time, always with the Asia/Shanghai offset: 2025-03-01T09:30:00+08:00 (milliseconds optional). */
export const ShanghaiDateTimeSchema = v.pipe(
  v.string(),
  v.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?\+08:00$/, '时间格式不正确'),
)

/** A calendar date: 2025-03-01. */
export const CalendarDateSchema = v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/, '日期格式不正确'))

export function pageSchema<TItem extends v.GenericSchema>(item: TItem) {
  return v.object({ items: v.array(item), nextCursor: v.nullable(v.string()) })
}
export interface Page<TItem> {
  items: TItem[]
  nextCursor: string | null
}
