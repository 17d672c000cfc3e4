/**
 * 承诺时限: a case's deadline in working days, computed from its timeline, shared by the platform (which
 * reports it) and anything that needs to reason about it.
 *
 * Counting (行政许可法 §82: the first day of a period is not counted; statutory holidays are excluded):
 * - the clock starts on the day of 受理 (first `accepted` event); that day is not counted;
 * - working days are those of the official calendar (weekends and holidays skipped, 调休 Saturdays counted);
 * - the clock stands still from the day a case enters 补齐补正 or 特别程序 until the day it leaves it: the
 *   working days after the pause begins, up to and including the day it ends, are not counted;
 * - a finished case keeps the deadline it had on the day it was completed.
 */
import {
  CLOCK_PAUSING_STATUSES,
  type CaseStatus,
  type ClockPausingStatus,
  type Deadline,
  type DeadlineAlert,
} from '../api/cases'
import { addWorkingDays, type CalendarData, workingDaysBetween } from './calendar'

/**
 * When a running case turns 黄灯 and 红灯 — policy, so data: provinces set their own. 红灯 = due today or
 * tomorrow; 黄灯 = a quarter of the promise or less left (at least 2 working days, so a short promise
 * still warns before it turns red).
 */
export const DEADLINE_ALERT_THRESHOLDS = {
  redAtRemaining: 1,
  yellowShareOfCommitted: 0.25,
  yellowMinRemaining: 2,
} as const

/** 补齐补正: the citizen has this many working days from the request to hand the materials in. */
export const SUPPLEMENT_WORKING_DAYS = 10

export interface DeadlineEvent {
  /** ISO 8601 with +08:00; its first 10 characters are the date in China. */
  at: string
  status: CaseStatus
}

const dateOf = (iso: string) => iso.slice(0, 10)

function isPausing(status: CaseStatus): status is ClockPausingStatus {
  return (CLOCK_PAUSING_STATUSES as readonly string[]).includes(status)
}

export function alertFor(committedWorkingDays: number, remainingWorkingDays: number): DeadlineAlert {
  const { redAtRemaining, yellowShareOfCommitted, yellowMinRemaining } = DEADLINE_ALERT_THRESHOLDS
  if (remainingWorkingDays < 0) return 'overdue'
  if (remainingWorkingDays <= redAtRemaining) return 'red'
  const yellowAt = Math.max(yellowMinRemaining, Math.ceil(committedWorkingDays * yellowShareOfCommitted))
  return remainingWorkingDays <= yellowAt ? 'yellow' : 'normal'
}

/**
 * The deadline of a case as of `today` (a date in China), or null when the clock has not started (not
 * accepted yet, or 不予受理). Where the calendar does not cover a date needed (next year's holidays not
 * published), the parts that depend on it are null rather than guessed.
 */
export function computeDeadline(
  calendar: CalendarData,
  committedWorkingDays: number,
  timeline: readonly DeadlineEvent[],
  today: string,
): Deadline | null {
  const events = [...timeline].sort((a, b) => a.at.localeCompare(b.at))
  const accepted = events.find((e) => e.status === 'accepted')
  if (!accepted) return null
  const startDate = dateOf(accepted.at)
  const completed = events.find((e) => e.status === 'completed')
  const asOf = completed && dateOf(completed.at) < today ? dateOf(completed.at) : today

  let pausedFor: ClockPausingStatus | null = null
  let pausedSince = ''
  const pauses: Array<[from: string, to: string]> = []
  for (const event of events) {
    if (dateOf(event.at) > asOf) break
    if (pausedFor && event.status !== pausedFor) {
      pauses.push([pausedSince, dateOf(event.at)])
      pausedFor = null
    }
    if (!pausedFor && isPausing(event.status)) {
      pausedFor = event.status
      pausedSince = dateOf(event.at)
    }
  }
  if (pausedFor) pauses.push([pausedSince, asOf])

  // Each count is null when it needs a day of an unpublished year; nulls propagate instead of guessing.
  const between = (from: string, to: string) => {
    const result = workingDaysBetween(calendar, from, to)
    return result.known ? result.value : null
  }
  const pausedWorkingDays = pauses.reduce<number | null>((sum, [from, to]) => {
    const days = between(from, to)
    return sum === null || days === null ? null : sum + days
  }, 0)
  const elapsed = between(startDate, asOf)
  const remainingWorkingDays =
    pausedWorkingDays === null || elapsed === null ? null : committedWorkingDays + pausedWorkingDays - elapsed
  const due =
    pausedWorkingDays === null
      ? null
      : addWorkingDays(calendar, startDate, committedWorkingDays + pausedWorkingDays)
  const dueDate = due?.known ? due.value : null

  let alert: DeadlineAlert
  if (remainingWorkingDays === null) alert = dueDate !== null && asOf > dueDate ? 'overdue' : 'normal'
  else if (completed) alert = remainingWorkingDays < 0 ? 'overdue' : 'normal'
  else alert = alertFor(committedWorkingDays, remainingWorkingDays)

  return {
    committedWorkingDays,
    dueDate,
    remainingWorkingDays,
    paused: pausedFor !== null,
    pausedFor,
    pausedWorkingDays: pausedWorkingDays ?? 0,
    alert,
    startDate,
  }
}

/** The last day to hand in what 补正 asked for; null if that day falls in an unpublished year. */
export function supplementDueDate(calendar: CalendarData, requestedAt: string): string | null {
  const due = addWorkingDays(calendar, dateOf(requestedAt), SUPPLEMENT_WORKING_DAYS)
  return due.known ? due.value : null
}
