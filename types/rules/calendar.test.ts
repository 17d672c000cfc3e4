import assert from 'node:assert/strict'
import { afterEach, describe, it } from 'node:test'

import fc from 'fast-check'

import {
  addDays,
  addWorkingDays,
  buildCalendar,
  calendarDay,
  calendarFromDays,
  dayOfWeek,
  daysBetween,
  eachDate,
  isCalendarDate,
  isWorkingDay,
  monthDayText,
  shanghaiDate,
  shanghaiIso,
  workingDaysBetween,
  type YearExceptions,
} from './calendar'

/** The State Council's arrangements (国办发明电), written out as the notices state them. */
function arrangement(
  holidays: Array<[name: string, from: string, to: string]>,
  adjusted: Array<[name: string, date: string]>,
): YearExceptions {
  const exceptions: YearExceptions = {}
  for (const [name, from, to] of holidays)
    for (const date of eachDate(from, to)) exceptions[date] = { kind: 'holiday', name }
  for (const [name, date] of adjusted) exceptions[date] = { kind: 'adjusted_workday', name }
  return exceptions
}

const YEAR_2025 = arrangement(
  [
    ['元旦', '2025-01-01', '2025-01-01'],
    ['春节', '2025-01-28', '2025-02-04'],
    ['清明节', '2025-04-04', '2025-04-06'],
    ['劳动节', '2025-05-01', '2025-05-05'],
    ['端午节', '2025-05-31', '2025-06-02'],
    ['国庆节、中秋节', '2025-10-01', '2025-10-08'],
  ],
  [
    ['春节', '2025-01-26'],
    ['春节', '2025-02-08'],
    ['劳动节', '2025-04-27'],
    ['国庆节、中秋节', '2025-09-28'],
    ['国庆节、中秋节', '2025-10-11'],
  ],
)

const YEAR_2026 = arrangement(
  [
    ['元旦', '2026-01-01', '2026-01-03'],
    ['春节', '2026-02-15', '2026-02-23'],
    ['清明节', '2026-04-04', '2026-04-06'],
    ['劳动节', '2026-05-01', '2026-05-05'],
    ['端午节', '2026-06-19', '2026-06-21'],
    ['中秋节', '2026-09-25', '2026-09-27'],
    ['国庆节', '2026-10-01', '2026-10-07'],
  ],
  [
    ['元旦', '2026-01-04'],
    ['春节', '2026-02-14'],
    ['春节', '2026-02-28'],
    ['劳动节', '2026-05-09'],
    ['国庆节', '2026-09-20'],
    ['国庆节', '2026-10-10'],
  ],
)

const calendar = buildCalendar([
  { year: 2025, exceptions: YEAR_2025 },
  { year: 2026, exceptions: YEAR_2026 },
])

const kindOf = (date: string) => calendarDay(calendar, date)?.kind
const added = (start: string, n: number) => addWorkingDays(calendar, start, n)
const between = (from: string, to: string) => workingDaysBetween(calendar, from, to)

// Every assertion about days must hold wherever the server or the phone happens to be.
const TIME_ZONES = ['UTC', 'America/New_York', 'Asia/Shanghai', 'Pacific/Kiritimati', 'Pacific/Pago_Pago']
const originalTz = process.env.TZ
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ
  else process.env.TZ = originalTz
})
function inEveryTimeZone(check: () => void): void {
  for (const tz of TIME_ZONES) {
    process.env.TZ = tz
    try {
      check()
    } catch (err) {
      throw new Error(`with TZ=${tz}: ${(err as Error).message}`)
    }
  }
}

describe('calendar: a holiday week with 调休 weekend workdays (国庆节、中秋节 2025)', () => {
  it('marks the eight holidays and the two Saturdays/Sundays worked instead', () => {
    inEveryTimeZone(() => {
      assert.equal(kindOf('2025-09-27'), 'weekend')
      assert.deepEqual(calendarDay(calendar, '2025-09-28'), {
        kind: 'adjusted_workday',
        name: '国庆节、中秋节',
      })
      for (const date of eachDate('2025-10-01', '2025-10-08')) {
        assert.deepEqual(calendarDay(calendar, date), { kind: 'holiday', name: '国庆节、中秋节' }, date)
        assert.equal(isWorkingDay(calendar, date), false, date)
      }
      assert.equal(kindOf('2025-10-09'), 'workday')
      assert.equal(kindOf('2025-10-11'), 'adjusted_workday')
      assert.equal(isWorkingDay(calendar, '2025-10-11'), true)
      assert.equal(kindOf('2025-10-12'), 'weekend')
    })
  })

  it('skips the holidays and counts the adjusted Sunday and Saturday', () => {
    inEveryTimeZone(() => {
      // Friday + 1 lands on the Sunday worked, not on Monday.
      assert.deepEqual(added('2025-09-26', 1), { known: true, value: '2025-09-28' })
      // Tuesday before the holiday + 1 jumps the whole week.
      assert.deepEqual(added('2025-09-30', 1), { known: true, value: '2025-10-09' })
      assert.deepEqual(added('2025-09-30', 3), { known: true, value: '2025-10-11' })
      assert.deepEqual(added('2025-09-30', 4), { known: true, value: '2025-10-13' })
      // 9/28, 9/29, 9/30, 10/9, 10/10, 10/11
      assert.deepEqual(between('2025-09-26', '2025-10-12'), { known: true, value: 6 })
      assert.deepEqual(between('2025-10-12', '2025-09-26'), { known: true, value: -6 })
      assert.deepEqual(between('2025-10-01', '2025-10-08'), { known: true, value: 0 })
    })
  })

  it('starting on a holiday counts from the next working day', () => {
    assert.deepEqual(added('2025-10-03', 1), { known: true, value: '2025-10-09' })
    assert.deepEqual(added('2025-10-03', 0), { known: true, value: '2025-10-03' })
  })
})

describe('calendar: month and year boundaries', () => {
  it('crosses into the new year onto the adjusted Sunday after 元旦 2026', () => {
    inEveryTimeZone(() => {
      assert.deepEqual(added('2025-12-31', 1), { known: true, value: '2026-01-04' })
      assert.deepEqual(added('2025-12-30', 2), { known: true, value: '2026-01-04' })
      assert.deepEqual(between('2025-12-31', '2026-01-05'), { known: true, value: 2 })
    })
  })

  it('crosses February into March around 春节 2026 (an adjusted Saturday on the 28th)', () => {
    inEveryTimeZone(() => {
      assert.deepEqual(added('2026-02-27', 1), { known: true, value: '2026-02-28' })
      assert.deepEqual(added('2026-02-28', 1), { known: true, value: '2026-03-02' })
      // The nine-day holiday and its two adjusted Saturdays: 2/14 worked, 2/15–2/23 off, 2/24 back.
      assert.deepEqual(added('2026-02-13', 1), { known: true, value: '2026-02-14' })
      assert.deepEqual(added('2026-02-14', 1), { known: true, value: '2026-02-24' })
    })
  })

  it('plain date arithmetic handles leap days, month ends and year ends', () => {
    inEveryTimeZone(() => {
      assert.equal(addDays('2024-02-28', 1), '2024-02-29')
      assert.equal(addDays('2025-02-28', 1), '2025-03-01')
      assert.equal(addDays('2025-12-31', 1), '2026-01-01')
      assert.equal(addDays('2026-01-01', -1), '2025-12-31')
      assert.equal(daysBetween('2025-12-25', '2026-01-08'), 14)
      assert.equal(dayOfWeek('2026-11-22'), 0)
      assert.equal(dayOfWeek('2026-11-23'), 1)
      assert.deepEqual(eachDate('2026-01-30', '2026-02-02'), [
        '2026-01-30',
        '2026-01-31',
        '2026-02-01',
        '2026-02-02',
      ])
      assert.deepEqual(eachDate('2026-02-02', '2026-01-30'), [])
    })
  })

  it('writes dates as citizens read them', () => {
    assert.equal(monthDayText('2026-11-23'), '11月23日')
    assert.equal(monthDayText('2027-01-01'), '1月1日')
  })

  it('knows real dates from look-alikes', () => {
    assert.equal(isCalendarDate('2024-02-29'), true)
    assert.equal(isCalendarDate('2025-02-29'), false)
    assert.equal(isCalendarDate('2025-13-01'), false)
    assert.equal(isCalendarDate('2025-1-1'), false)
    assert.equal(isCalendarDate('2025-01-01T00:00'), false)
  })
})

describe('calendar: a year nobody has published', () => {
  it('reports 2027 as unknown instead of treating it as ordinary weekdays', () => {
    assert.equal(calendarDay(calendar, '2027-01-04'), undefined)
    assert.equal(isWorkingDay(calendar, '2027-01-04'), undefined)
    assert.deepEqual(added('2026-12-30', 1), { known: true, value: '2026-12-31' })
    assert.deepEqual(added('2026-12-30', 2), { known: false, unknownYear: 2027 })
    assert.deepEqual(between('2026-12-28', '2027-01-06'), { known: false, unknownYear: 2027 })
    assert.deepEqual(between('2027-01-06', '2026-12-28'), { known: false, unknownYear: 2027 })
  })

  it('learns the year from an extension table and from days sent by the platform', () => {
    const extended = buildCalendar([
      { year: 2026, exceptions: YEAR_2026 },
      { year: 2027, exceptions: { '2027-01-01': { kind: 'holiday', name: '元旦' } } },
    ])
    assert.deepEqual(addWorkingDays(extended, '2026-12-30', 2), { known: true, value: '2027-01-04' })

    const fromPlatform = calendarFromDays([
      { date: '2027-01-01', kind: 'holiday', name: '元旦' },
      { date: '2027-01-02', kind: 'weekend' },
      { date: '2027-01-03', kind: 'weekend' },
      { date: '2027-01-04', kind: 'workday' },
      { date: '2027-01-05', kind: 'unknown' },
    ])
    assert.deepEqual(addWorkingDays(fromPlatform, '2026-12-31', 1), { known: true, value: '2027-01-04' })
    assert.deepEqual(addWorkingDays(fromPlatform, '2026-12-31', 2), { known: false, unknownYear: 2027 })
  })

  it('refuses arrangements that cannot be right', () => {
    assert.throws(
      () =>
        buildCalendar([
          { year: 2026, exceptions: { '2026-11-24': { kind: 'adjusted_workday', name: 'x' } } },
        ]),
      /not a Saturday or Sunday/,
    )
    assert.throws(
      () => buildCalendar([{ year: 2026, exceptions: { '2027-01-01': { kind: 'holiday', name: '元旦' } } }]),
      /not a date of that year/,
    )
    assert.throws(() => addWorkingDays(calendar, '2026-01-05', -1), RangeError)
    assert.throws(() => addWorkingDays(calendar, '2026-01-05', 1.5), RangeError)
  })
})

describe('calendar: properties over the published years', () => {
  const knownDate = fc
    .integer({ min: 0, max: daysBetween('2025-01-01', '2026-11-30') })
    .map((n) => addDays('2025-01-01', n))

  it('workingDaysBetween undoes addWorkingDays', () => {
    fc.assert(
      fc.property(knownDate, fc.integer({ min: 0, max: 20 }), (start, n) => {
        const due = added(start, n)
        assert.equal(due.known, true)
        if (due.known) assert.deepEqual(between(start, due.value), { known: true, value: n })
      }),
    )
  })

  it('counts add up across any middle date, and the due date is always a working day', () => {
    fc.assert(
      fc.property(knownDate, knownDate, knownDate, (a, b, c) => {
        const ab = between(a, b)
        const bc = between(b, c)
        const ac = between(a, c)
        assert.ok(ab.known && bc.known && ac.known)
        assert.equal(ab.value + bc.value, ac.value)
        const due = added(a, 1)
        assert.ok(due.known && isWorkingDay(calendar, due.value))
      }),
    )
  })
})

describe('shanghaiDate', () => {
  it('gives the date in China around midnight, whatever the host time zone', () => {
    inEveryTimeZone(() => {
      assert.equal(shanghaiDate(new Date('2025-12-31T23:59:59+08:00')), '2025-12-31')
      assert.equal(shanghaiDate(new Date('2026-01-01T00:00:00+08:00')), '2026-01-01')
      // 20:00 in New York on 31 December is already New Year's morning in Zhaotong.
      assert.equal(shanghaiDate(new Date('2025-12-31T20:00:00-05:00')), '2026-01-01')
      assert.equal(shanghaiDate(Date.parse('2026-03-01T15:59:59Z')), '2026-03-01')
      assert.equal(shanghaiDate(Date.parse('2026-03-01T16:00:00Z')), '2026-03-02')
    })
  })
})

describe('shanghaiIso', () => {
  it('writes an instant as the platform does, in China’s time whatever the host time zone', () => {
    inEveryTimeZone(() => {
      assert.equal(shanghaiIso(new Date('2026-03-01T23:30:00Z')), '2026-03-02T07:30:00.000+08:00')
      assert.equal(shanghaiIso(Date.parse('2025-12-31T20:00:00.250-05:00')), '2026-01-01T09:00:00.250+08:00')
    })
  })
})
