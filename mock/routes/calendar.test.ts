import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import { CalendarResponseSchema } from '../../types/api/appointments'
import { calendarDay } from '../../types/rules/calendar'
import { startTestSimulator } from '../testing/client'
import { buildPlatformCalendar, packageYears, PLATFORM_CALENDAR } from '../seed/calendar'

describe('GET /calendar', () => {
  it('serves the 2026 中秋节 and 国庆节 arrangement with its two 调休 weekend workdays, to anyone', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.get('/calendar?from=2026-09-19&to=2026-10-11')
    assert.equal(res.status, 200)
    assert.ok(v.is(CalendarResponseSchema, res.body), JSON.stringify(res.body).slice(0, 300))
    const byDate = new Map(res.body.days.map((d: { date: string }) => [d.date, d]))
    assert.equal(res.body.days.length, 23)
    assert.deepEqual(byDate.get('2026-09-19'), { date: '2026-09-19', kind: 'weekend' })
    assert.deepEqual(byDate.get('2026-09-20'), {
      date: '2026-09-20',
      kind: 'adjusted_workday',
      name: '国庆节',
    })
    assert.deepEqual(byDate.get('2026-09-25'), { date: '2026-09-25', kind: 'holiday', name: '中秋节' })
    assert.deepEqual(byDate.get('2026-09-28'), { date: '2026-09-28', kind: 'workday' })
    for (const day of ['01', '02', '03', '04', '05', '06', '07'])
      assert.deepEqual(byDate.get(`2026-10-${day}`), {
        date: `2026-10-${day}`,
        kind: 'holiday',
        name: '国庆节',
      })
    assert.deepEqual(byDate.get('2026-10-10'), {
      date: '2026-10-10',
      kind: 'adjusted_workday',
      name: '国庆节',
    })
    assert.deepEqual(byDate.get('2026-10-11'), { date: '2026-10-11', kind: 'weekend' })
  })

  it('says “unknown” for every day of a year not yet published, across the new year', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.get('/calendar?from=2026-12-31&to=2027-01-04')
    assert.deepEqual(
      res.body.days.map((d: { kind: string }) => d.kind),
      ['workday', 'unknown', 'unknown', 'unknown', 'unknown'],
    )
  })

  it('explains a missing, impossible, reversed or too long range on the field', async (t) => {
    const { api } = await startTestSimulator(t)
    const cases: Array<[string, string]> = [
      ['/calendar?from=2026-01-01', 'to'],
      ['/calendar?from=2026-02-30&to=2026-03-01', 'from'],
      ['/calendar?from=2026-03-01&to=2026-02-01', 'to'],
      ['/calendar?from=2026-01-01&to=2027-01-02', 'to'],
    ]
    for (const [path, field] of cases) {
      const res = await api.get(path)
      assert.equal(res.status, 422, path)
      assert.equal(res.body.code, 'VALIDATION_FAILED', path)
      assert.match(
        res.body.details.fields[field],
        /[\u4e00-\u9fff]/,
        `${path}: a Chinese message on ${field}`,
      )
    }
    assert.equal((await api.get('/calendar?from=2026-01-01&to=2027-01-01')).status, 200, '366 days is fine')
  })

  it('answers 422 on the bad date, never 500, when the other date is fine', async (t) => {
    const { api } = await startTestSimulator(t)
    const bad = ['abc', '', '-1', '1e309', '__proto__', '2025-02-29', '2025-3-1']
    const cases: Array<[string, string]> = [
      ...bad.map((date): [string, string] => [`/calendar?from=${date}&to=2025-03-31`, 'from']),
      ...bad.map((date): [string, string] => [`/calendar?from=2025-03-01&to=${date}`, 'to']),
    ]
    for (const [path, field] of cases) {
      const res = await api.get(path)
      assert.equal(res.status, 422, path)
      assert.equal(res.body.code, 'VALIDATION_FAILED', path)
      assert.deepEqual(Object.keys(res.body.details.fields), [field], path)
      assert.match(res.body.details.fields[field], /请填写正确的日期/, path)
    }
    const both = await api.get('/calendar?from=abc&to=1e309')
    assert.equal(both.status, 422)
    assert.deepEqual(Object.keys(both.body.details.fields).sort(), ['from', 'to'])
  })
})

describe('the platform calendar data', () => {
  it('takes every year chinese-days publishes, with the names the notices use', () => {
    const years = packageYears().map((y) => y.year)
    assert.equal(years[0], 2004)
    assert.deepEqual(
      years,
      Array.from({ length: years.length }, (_, i) => 2004 + i),
      'no gap',
    )
    assert.ok(years.includes(2026))
    assert.deepEqual(calendarDay(PLATFORM_CALENDAR, '2025-10-06'), { kind: 'holiday', name: '中秋节' })
    assert.deepEqual(calendarDay(PLATFORM_CALENDAR, '2026-06-19'), { kind: 'holiday', name: '端午节' })
    assert.deepEqual(calendarDay(PLATFORM_CALENDAR, '2026-02-14'), { kind: 'adjusted_workday', name: '春节' })
  })

  it('learns a year from the override table, and an override replaces a package year whole', () => {
    const extended = buildPlatformCalendar([
      { year: 2027, exceptions: { '2027-01-01': { kind: 'holiday', name: '元旦' } } },
      { year: 2026, exceptions: {} },
    ])
    assert.deepEqual(calendarDay(extended, '2027-01-01'), { kind: 'holiday', name: '元旦' })
    assert.deepEqual(calendarDay(extended, '2027-01-04'), { kind: 'workday' })
    assert.deepEqual(calendarDay(extended, '2026-10-01'), { kind: 'workday' })
    assert.equal(calendarDay(PLATFORM_CALENDAR, '2027-01-04'), undefined)
  })
})
