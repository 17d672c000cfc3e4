import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { getDayDetail } from 'chinese-days'
import fc from 'fast-check'

import type { CaseStatus } from '../api/cases'
import {
  addDays,
  addWorkingDays,
  calendarFromDays,
  type CalendarData,
  eachDate,
  isWeekend,
  type WorkingDaysResult,
} from './calendar'
import { alertFor, computeDeadline, type DeadlineEvent, supplementDueDate } from './deadline'

/**
 * The official arrangement as the platform's calendar package publishes it (chinese-days, from the State
 * Council notices): 2025 has 国庆节、中秋节 on 10-01…10-08 with 调休 on Sunday 09-28 and Saturday 10-11.
 */
function officialCalendar(...years: number[]): CalendarData {
  return calendarFromDays(
    years
      .flatMap((year) => eachDate(`${year}-01-01`, `${year}-12-31`))
      .map((date) => {
        const work = getDayDetail(date).work
        const weekend = isWeekend(date)
        return {
          date,
          kind: work ? (weekend ? 'adjusted_workday' : 'workday') : weekend ? 'weekend' : 'holiday',
        }
      }),
  )
}

const CALENDAR = officialCalendar(2025, 2026)

const dateOf = (result: WorkingDaysResult<string>) => (result.known ? result.value : null)

function at(date: string, time = '10:00:00'): string {
  return `${date}T${time}+08:00`
}

function timeline(...steps: Array<[date: string, status: CaseStatus]>): DeadlineEvent[] {
  return steps.map(([date, status], i) => ({ at: at(date, `09:0${i}:00`), status }))
}

describe('deadline over 国庆 2025 (holiday 10-01…10-08, 调休 Sunday 09-28 and Saturday 10-11)', () => {
  it('counts the 调休 Sunday, skips the holiday and starts the day after 受理', () => {
    const events = timeline(['2025-09-25', 'submitted'], ['2025-09-25', 'accepted'])
    // 09-26 (1), 09-28 调休 (2), 09-29 (3), 09-30 (4), holiday, 10-09 (5).
    assert.equal(computeDeadline(CALENDAR, 5, events, '2025-09-25')?.dueDate, '2025-10-09')
    // …then 10-10 (6), 10-11 调休 Saturday (7), 10-13 (8), 10-14 (9), 10-15 (10).
    assert.equal(computeDeadline(CALENDAR, 10, events, '2025-09-25')?.dueDate, '2025-10-15')
  })

  it('keeps the remaining days still over the holiday and turns red on the last day before it', () => {
    const events = timeline(['2025-09-25', 'accepted'])
    const remaining = (today: string) => computeDeadline(CALENDAR, 5, events, today)?.remainingWorkingDays
    assert.equal(remaining('2025-09-25'), 5)
    assert.equal(remaining('2025-09-27'), 4, 'Saturday 09-27 is a weekend, Friday counted')
    assert.equal(remaining('2025-09-28'), 3, 'Sunday 09-28 is a 调休 working day')
    assert.equal(remaining('2025-09-30'), 1)
    assert.equal(remaining('2025-10-05'), 1, 'holiday days do not count')
    assert.equal(remaining('2025-10-09'), 0, 'due today')
    assert.equal(remaining('2025-10-11'), -2, '10-10 and the 调休 Saturday 10-11 are overdue days')
    assert.equal(computeDeadline(CALENDAR, 5, events, '2025-10-05')?.alert, 'red')
    assert.equal(computeDeadline(CALENDAR, 5, events, '2025-10-11')?.alert, 'overdue')
  })

  it('stops the clock during 补正 across the holiday and resumes it when the materials arrive', () => {
    const waiting = timeline(['2025-09-22', 'accepted'], ['2025-09-24', 'supplement_required'])
    // Accepted Monday 09-22, 10 working days; 09-23 and 09-24 were spent when 补正 was asked for.
    const onRequest = computeDeadline(CALENDAR, 10, waiting, '2025-09-24')
    assert.equal(onRequest?.remainingWorkingDays, 8)
    assert.equal(onRequest?.paused, true)
    assert.equal(onRequest?.pausedFor, 'supplement_required')

    const stillWaiting = computeDeadline(CALENDAR, 10, waiting, '2025-09-30')
    assert.equal(stillWaiting?.remainingWorkingDays, 8, 'the remaining days do not run down while paused')
    assert.equal(stillWaiting?.pausedWorkingDays, 5, '09-25, 09-26, 09-28, 09-29, 09-30')
    assert.equal(stillWaiting?.dueDate, '2025-10-17', 'where the due date is if the clock restarts today')
    assert.equal(stillWaiting?.alert, 'normal')

    const resumed = timeline(
      ['2025-09-22', 'accepted'],
      ['2025-09-24', 'supplement_required'],
      ['2025-10-09', 'accepted'],
      ['2025-10-10', 'processing'],
    )
    const after = computeDeadline(CALENDAR, 10, resumed, '2025-10-10')
    assert.equal(after?.paused, false)
    assert.equal(after?.pausedFor, null)
    assert.equal(after?.pausedWorkingDays, 6, 'the five above and 10-09, the day the materials came in')
    assert.equal(after?.remainingWorkingDays, 7)
    // 10-10 (9), 10-11 调休 (10), 10-13 … 10-17 (11–15), 10-20 (16) = 10 promised + 6 paused.
    assert.equal(after?.dueDate, '2025-10-20')
    assert.equal(after?.startDate, '2025-09-22')
  })

  it('stops the clock for 特别程序 too, and counts several pauses', () => {
    const events = timeline(
      ['2025-11-03', 'accepted'],
      ['2025-11-04', 'supplement_required'],
      ['2025-11-06', 'accepted'],
      ['2025-11-07', 'processing'],
      ['2025-11-10', 'special_procedure'],
      ['2025-11-17', 'processing'],
    )
    const deadline = computeDeadline(CALENDAR, 5, events, '2025-11-18')
    // Paused: 11-05, 11-06 (补正) and 11-11 … 11-14, 11-17 (特别程序) = 7.
    assert.equal(deadline?.pausedWorkingDays, 7)
    // Spent: 11-04, 11-07, 11-10, 11-18 = 4 of 5.
    assert.equal(deadline?.remainingWorkingDays, 1)
    assert.equal(deadline?.dueDate, '2025-11-19')
    assert.equal(deadline?.alert, 'red')
  })
})

describe('finished, unstarted and unknown', () => {
  it('freezes the deadline on the day the case was completed', () => {
    const onTime = timeline(
      ['2025-09-25', 'accepted'],
      ['2025-09-29', 'processing'],
      ['2025-09-30', 'completed'],
    )
    const later = computeDeadline(CALENDAR, 5, onTime, '2025-12-01')
    assert.equal(later?.remainingWorkingDays, 1)
    assert.equal(later?.alert, 'normal', 'a case finished in time is not red for ever')

    const late = timeline(
      ['2025-09-25', 'accepted'],
      ['2025-10-13', 'completed'],
      ['2025-10-14', 'delivered'],
    )
    const deadline = computeDeadline(CALENDAR, 5, late, '2025-12-01')
    assert.equal(deadline?.remainingWorkingDays, -3, '10-10, 10-11 and 10-13 past 10-09')
    assert.equal(deadline?.alert, 'overdue')
  })

  it('has no deadline before 受理 or after 不予受理', () => {
    assert.equal(computeDeadline(CALENDAR, 5, timeline(['2025-09-25', 'submitted']), '2025-09-30'), null)
    const refused = timeline(['2025-09-25', 'submitted'], ['2025-09-26', 'rejected'])
    assert.equal(computeDeadline(CALENDAR, 5, refused, '2025-09-30'), null)
  })

  it('reports an unpublished year as unknown instead of guessing', () => {
    const only2026 = officialCalendar(2026)
    const events = timeline(['2026-12-21', 'accepted'])
    const inDecember = computeDeadline(only2026, 20, events, '2026-12-28')
    assert.equal(inDecember?.dueDate, null, 'the due date falls in 2027')
    assert.equal(inDecember?.remainingWorkingDays, 15, 'what was spent in 2026 is known')
    assert.equal(inDecember?.alert, 'normal')

    const inJanuary = computeDeadline(only2026, 20, events, '2027-01-04')
    assert.equal(inJanuary?.remainingWorkingDays, null)
    assert.equal(inJanuary?.dueDate, null)
  })
})

describe('alerts', () => {
  it('turns yellow at a quarter of the promise (at least 2 days), red on the last day, then overdue', () => {
    assert.deepEqual(
      [8, 6, 5, 3, 2, 1, 0, -1].map((remaining) => alertFor(20, remaining)),
      ['normal', 'normal', 'yellow', 'yellow', 'yellow', 'red', 'red', 'overdue'],
    )
    assert.deepEqual(
      [5, 3, 2, 1].map((remaining) => alertFor(5, remaining)),
      ['normal', 'normal', 'yellow', 'red'],
    )
  })
})

describe('properties', () => {
  const dates = fc.integer({ min: 0, max: 700 }).map((offset) => addDays('2025-01-01', offset))

  it('without pauses: all days left on 受理, 0 on the due date, due = addWorkingDays', () => {
    fc.assert(
      fc.property(dates, fc.integer({ min: 0, max: 30 }), (start, committed) => {
        const events = [{ at: at(start), status: 'accepted' as const }]
        const due = dateOf(addWorkingDays(CALENDAR, start, committed))
        fc.pre(due !== null)
        const onStart = computeDeadline(CALENDAR, committed, events, start)
        const onDue = computeDeadline(CALENDAR, committed, events, due)
        return (
          onStart?.dueDate === due &&
          onStart.remainingWorkingDays === committed &&
          onDue?.remainingWorkingDays === 0
        )
      }),
    )
  })

  it('a pause moves the due date by exactly the paused working days', () => {
    fc.assert(
      fc.property(
        dates,
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: 0, max: 15 }),
        (start, gap, length) => {
          const pauseFrom = addDays(start, gap)
          const pauseTo = addDays(pauseFrom, length)
          const plain = computeDeadline(CALENDAR, 10, [{ at: at(start), status: 'accepted' }], pauseTo)
          const paused = computeDeadline(
            CALENDAR,
            10,
            [
              { at: at(start), status: 'accepted' },
              { at: at(pauseFrom), status: 'supplement_required' },
              { at: at(pauseTo, '11:00:00'), status: 'accepted' },
            ],
            pauseTo,
          )
          const before = plain?.remainingWorkingDays
          fc.pre(before != null && paused?.remainingWorkingDays != null)
          return (
            paused.remainingWorkingDays === before + paused.pausedWorkingDays &&
            paused.dueDate === dateOf(addWorkingDays(CALENDAR, start, 10 + paused.pausedWorkingDays))
          )
        },
      ),
    )
  })
})

describe('补正 deadline', () => {
  it('gives 10 working days from the request, holidays skipped', () => {
    // Requested Friday 09-26: 09-28 调休, 09-29, 09-30, 10-09, 10-10, 10-11 调休, 10-13, 10-14, 10-15, 10-16.
    assert.equal(supplementDueDate(CALENDAR, at('2025-09-26')), '2025-10-16')
    assert.equal(supplementDueDate(officialCalendar(2026), at('2026-12-28')), null)
  })
})
