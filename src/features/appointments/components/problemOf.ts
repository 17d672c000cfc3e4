import { ApiError, messageOf } from '@/shared/api/errors'
import { type BookingProblem, bookingProblem } from '../model/bookingProblems'

/** Any failure of a booking or a move, sorted by what the citizen can do (a non-API error may pass on retry). */
export function problemOf(error: unknown): BookingProblem {
  return error instanceof ApiError
    ? bookingProblem(error)
    : { kind: 'other', message: messageOf(error), retryable: true }
}
