import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import type { RatingOptions } from '../api/ratings'
import { buildCalendar } from './calendar'
import {
  canAppend,
  canMoveFollowUp,
  followUpDueDate,
  isBadRating,
  rateBefore,
  ratingInputErrors,
  ratingWindowClosed,
} from './ratings'

/**
 * 2026 from the State Council notice, as far as these tests reach: 中秋节 09-25…09-27, 国庆节 10-01…10-07,
 * 调休 Sunday 09-20 and Saturday 10-10.
 */
const CALENDAR = buildCalendar([
  {
    year: 2026,
    exceptions: {
      ...Object.fromEntries(
        ['25', '26', '27'].map((d) => [`2026-09-${d}`, { kind: 'holiday' as const, name: '中秋节' }]),
      ),
      ...Object.fromEntries(
        ['01', '02', '03', '04', '05', '06', '07'].map((d) => [
          `2026-10-${d}`,
          { kind: 'holiday' as const, name: '国庆节' },
        ]),
      ),
      '2026-09-20': { kind: 'adjusted_workday', name: '国庆节' },
      '2026-10-10': { kind: 'adjusted_workday', name: '国庆节' },
    },
  },
])

const OPTIONS: RatingOptions = {
  channel: 'online',
  levels: [],
  indicators: [
    { id: 'efficiency', label: '办事效率' },
    { id: 'guide', label: '指南准确度' },
  ],
  reasons: [
    { id: 'slow', label: '办理时间长' },
    { id: 'repeated', label: '材料反复要求' },
  ],
  commentMaxLength: 500,
}

describe('差评', () => {
  it('is level 1 or 2', () => {
    assert.deepEqual(
      [1, 2, 3, 4, 5].map((level) => isBadRating(level)),
      [true, true, false, false, false],
    )
  })

  it('needs at least one listed reason; a good rating needs none', () => {
    assert.deepEqual(ratingInputErrors(OPTIONS, { level: 2 }), {
      reasons: '请至少选择一项不满意的原因，便于部门核实整改',
    })
    assert.ok(ratingInputErrors(OPTIONS, { level: 1, reasons: [] }).reasons)
    assert.deepEqual(ratingInputErrors(OPTIONS, { level: 1, reasons: ['slow'] }), {})
    assert.deepEqual(ratingInputErrors(OPTIONS, { level: 1, reasons: ['rude'] }), {
      reasons: '请从列出的原因中选择',
    })
    assert.deepEqual(ratingInputErrors(OPTIONS, { level: 4 }), {})
  })

  it('checks level, indicators and comment length', () => {
    assert.deepEqual(
      ratingInputErrors(OPTIONS, {
        level: 6,
        indicators: { efficiency: 0, speed: 3, guide: 5 },
        comment: '好'.repeat(501),
      }),
      {
        level: '请选择评价等级',
        'indicators.efficiency': '请为该项打分',
        'indicators.speed': '没有这个评价项',
        comment: '最多500个字',
      },
    )
  })
})

describe('rating window', () => {
  it('closes after 5 working days, holidays skipped and 调休 counted', () => {
    // Completed Tuesday 09-29: 09-30 (1), holiday 10-01…10-07, 10-08 (2), 10-09 (3), 10-10 调休 (4), 10-12 (5).
    assert.equal(rateBefore(CALENDAR, '2026-09-29T16:00:00+08:00'), '2026-10-12')
    assert.equal(ratingWindowClosed(CALENDAR, '2026-09-29T16:00:00+08:00', '2026-10-12'), false)
    assert.equal(ratingWindowClosed(CALENDAR, '2026-09-29T16:00:00+08:00', '2026-10-13'), true)
  })

  it('stays open when the last day is in a year not published yet', () => {
    assert.equal(rateBefore(CALENDAR, '2026-12-29T10:00:00+08:00'), null)
    assert.equal(ratingWindowClosed(CALENDAR, '2026-12-29T10:00:00+08:00', '2027-03-01'), false)
  })

  it('gives the department 10 working days to follow a 差评 up', () => {
    // Rated Thursday 09-24, then 中秋: 09-28, 09-29, 09-30, 10-08, 10-09, 10-10 调休, 10-12 … 10-15.
    assert.equal(followUpDueDate(CALENDAR, '2026-09-24T09:00:00+08:00'), '2026-10-15')
  })
})

describe('follow-up and 追评', () => {
  it('moves forward only, a step may be skipped, never back or in place', () => {
    assert.equal(canMoveFollowUp('pending_verification', 'rectifying'), true)
    assert.equal(canMoveFollowUp('pending_verification', 'revisited'), true)
    assert.equal(canMoveFollowUp('pending_verification', 'rectified'), true)
    assert.equal(canMoveFollowUp('rectifying', 'rectified'), true)
    assert.equal(canMoveFollowUp('rectified', 'revisited'), true)
    assert.equal(canMoveFollowUp('rectifying', 'pending_verification'), false)
    assert.equal(canMoveFollowUp('rectified', 'rectifying'), false)
    assert.equal(canMoveFollowUp('revisited', 'revisited'), false)
  })

  it('allows one 追评: on a 差评 once the department answered, never on a default rating', () => {
    const bad = { isDefault: false, level: 2, appended: false }
    assert.equal(canAppend({ ...bad, followUpStatus: 'pending_verification' }), false)
    assert.equal(canAppend({ ...bad, followUpStatus: 'rectifying' }), true)
    assert.equal(canAppend({ ...bad, followUpStatus: 'rectified' }), true)
    assert.equal(canAppend({ ...bad, followUpStatus: 'revisited' }), true)
    assert.equal(canAppend({ ...bad, followUpStatus: 'revisited', appended: true }), false)
    assert.equal(canAppend({ isDefault: false, level: 5, followUpStatus: null, appended: false }), true)
    assert.equal(canAppend({ isDefault: true, level: 3, followUpStatus: null, appended: false }), false)
  })
})
