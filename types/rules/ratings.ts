/**
 * 好差评 rules (Yunnan, 云政办发〔2020〕6号), shared by the platform and the app's rating form: what makes a
 * 差评, what a rating must carry, how long a finished case or visit may be rated, how a 差评's follow-up
 * moves, and when a 追评 may be added. The numbers that vary by locality are data here.
 */
import type { FieldErrors } from '../api/common'
import {
  BAD_RATING_MAX_LEVEL,
  FOLLOW_UP_STATUSES,
  type FollowUpStatus,
  RATING_COMMENT_MAX_LENGTH,
  type RatingOptions,
} from '../api/ratings'
import { addWorkingDays, type CalendarData } from './calendar'

/** Not rated within this many working days of completion (or the visit) → 基本满意 is recorded. */
export const RATING_WINDOW_WORKING_DAYS = 5

/** A real-name 差评 must be called back and fixed within this many working days (5–15 across Yunnan). */
export const FOLLOW_UP_WORKING_DAYS = 10

/**
 * A 差评 moves forward only: 核实 → 整改 → 已整改 → 回访. A step may be skipped — verification may find nothing
 * to fix and go straight to the call-back, or report the fix done at once.
 */
export function canMoveFollowUp(from: FollowUpStatus, to: FollowUpStatus): boolean {
  return FOLLOW_UP_STATUSES.indexOf(to) > FOLLOW_UP_STATUSES.indexOf(from)
}

export function isBadRating(level: number): boolean {
  return level <= BAD_RATING_MAX_LEVEL
}

const dateOf = (iso: string) => iso.slice(0, 10)

/** The last day to rate something finished at `finishedAt`; null if it falls in an unpublished year. */
export function rateBefore(calendar: CalendarData, finishedAt: string): string | null {
  const last = addWorkingDays(calendar, dateOf(finishedAt), RATING_WINDOW_WORKING_DAYS)
  return last.known ? last.value : null
}

/**
 * The window has closed (the default 基本满意 is due) once the last day to rate is over. An unknown last
 * day keeps the window open: a default is never recorded on a guess.
 */
export function ratingWindowClosed(calendar: CalendarData, finishedAt: string, today: string): boolean {
  const last = rateBefore(calendar, finishedAt)
  return last !== null && today > last
}

/** The last day the department has to follow up a 差评 given on `ratedAt`. */
export function followUpDueDate(calendar: CalendarData, ratedAt: string): string | null {
  const due = addWorkingDays(calendar, dateOf(ratedAt), FOLLOW_UP_WORKING_DAYS)
  return due.known ? due.value : null
}

export interface RatingInput {
  level: number
  indicators?: Record<string, number>
  reasons?: readonly string[]
  comment?: string
}

/**
 * What is wrong with a rating for the channel's options, field by field (empty = nothing). The same
 * messages show beside the app's form and come back in the platform's 422.
 */
export function ratingInputErrors(options: RatingOptions, input: RatingInput): FieldErrors {
  const errors: FieldErrors = {}
  if (!Number.isInteger(input.level) || input.level < 1 || input.level > 5) {
    errors.level = '请选择评价等级'
  }
  const reasons = input.reasons ?? []
  if (isBadRating(input.level) && reasons.length === 0) {
    errors.reasons = '请至少选择一项不满意的原因，便于部门核实整改'
  } else if (reasons.some((id) => !options.reasons.some((reason) => reason.id === id))) {
    errors.reasons = '请从列出的原因中选择'
  }
  for (const [id, score] of Object.entries(input.indicators ?? {})) {
    if (!options.indicators.some((indicator) => indicator.id === id)) {
      errors[`indicators.${id}`] = '没有这个评价项'
    } else if (!Number.isInteger(score) || score < 1 || score > 5) {
      errors[`indicators.${id}`] = '请为该项打分'
    }
  }
  if ((input.comment ?? '').trim().length > RATING_COMMENT_MAX_LENGTH) {
    errors.comment = `最多${RATING_COMMENT_MAX_LENGTH}个字`
  }
  return errors
}

/**
 * One 追评 per rating, by the citizen who rated (never on a default rating). A 差评 takes it once the
 * department has answered (any step after 待核实), so the citizen can say what they make of the answer.
 */
export function canAppend(rating: {
  isDefault: boolean
  level: number
  followUpStatus: FollowUpStatus | null
  appended: boolean
}): boolean {
  if (rating.isDefault || rating.appended) return false
  if (!isBadRating(rating.level)) return true
  return rating.followUpStatus !== null && rating.followUpStatus !== 'pending_verification'
}
