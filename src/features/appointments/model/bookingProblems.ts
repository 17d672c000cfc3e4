import * as v from 'valibot'
import {
  BookingRestrictedDetailsSchema,
  DuplicateAppointmentDetailsSchema,
  type Slot,
  SlotFullDetailsSchema,
} from '@contract/api/appointments'

/** What the booking or rescheduling call failed with, as the API client reports it. */
export interface FailedCall {
  status: number
  code: string
  message: string
  details: Readonly<Record<string, unknown>>
  fieldErrors: Readonly<Record<string, string>>
  retryable: boolean
}

/** A refusal, sorted by what the citizen can do about it. The message is the platform's plain words. */
export type BookingProblem =
  /** Someone took the last place: show the nearest free slots and refresh the list. */
  | { kind: 'slot_full'; message: string; alternatives: Slot[] }
  /** Already booked that day: offer the existing booking when it is theirs. */
  | { kind: 'duplicate'; message: string; appointmentId?: string }
  /** Repeated no-shows: nothing to do until the date. */
  | { kind: 'restricted'; message: string; until: string }
  /** The window moved (e.g. past midnight) or the slot is no longer bookable: choose again. */
  | { kind: 'choose_again'; message: string }
  /** 帮办代办 details to correct, by form field. */
  | { kind: 'applicant'; fields: Partial<Record<'name' | 'idNumber' | 'phone', string>> }
  /** Anything else: say it; a retry may help when `retryable`. */
  | { kind: 'other'; message: string; retryable: boolean }

const APPLICANT_FIELDS = ['name', 'idNumber', 'phone'] as const

export function bookingProblem(error: FailedCall): BookingProblem {
  const { code, message, details } = error
  if (code === 'SLOT_FULL') {
    const parsed = v.safeParse(SlotFullDetailsSchema, details)
    return { kind: 'slot_full', message, alternatives: parsed.success ? parsed.output.alternatives : [] }
  }
  if (code === 'DUPLICATE_APPOINTMENT') {
    const parsed = v.safeParse(DuplicateAppointmentDetailsSchema, details)
    return {
      kind: 'duplicate',
      message,
      appointmentId: parsed.success ? parsed.output.appointmentId : undefined,
    }
  }
  if (code === 'BOOKING_RESTRICTED') {
    const parsed = v.safeParse(BookingRestrictedDetailsSchema, details)
    if (parsed.success) return { kind: 'restricted', message, until: parsed.output.restrictedUntil }
  }
  if (code === 'OUTSIDE_BOOKING_WINDOW') return { kind: 'choose_again', message }
  if (code === 'VALIDATION_FAILED') {
    const fields: Partial<Record<(typeof APPLICANT_FIELDS)[number], string>> = {}
    for (const field of APPLICANT_FIELDS) {
      const text = error.fieldErrors[`applicant.${field}`]
      if (text) fields[field] = text
    }
    if (Object.keys(fields).length > 0) return { kind: 'applicant', fields }
    const slotMessage = error.fieldErrors.slotId
    if (slotMessage) return { kind: 'choose_again', message: slotMessage }
  }
  return { kind: 'other', message, retryable: error.retryable }
}
