import type { CalendarDay } from '@contract/api/appointments'
import { bookingDays, firstBookableDay, stripLegend, weekRows } from './days'
import { slot } from './testFixtures'

// The window of 1 October 2026: 2–7 National Day, 8 Thursday back at work, 10 Saturday worked in lieu.
const WINDOW = { from: '2026-10-02', to: '2026-10-15' }
const CALENDAR: CalendarDay[] = [
  ...['02', '03', '04', '05', '06', '07'].map((d) => ({
    date: `2026-10-${d}`,
    kind: 'holiday' as const,
    name: '国庆节',
  })),
  { date: '2026-10-08', kind: 'workday' },
  { date: '2026-10-09', kind: 'workday' },
  { date: '2026-10-10', kind: 'adjusted_workday', name: '国庆节' },
  { date: '2026-10-11', kind: 'weekend' },
  ...['12', '13', '14', '15'].map((d) => ({ date: `2026-10-${d}`, kind: 'workday' as const })),
]

describe('bookingDays', () => {
  it('marks holidays, the 调休 Saturday, weekends and the off-hours periods still free', () => {
    const days = bookingDays(WINDOW, CALENDAR, [
      slot('2026-10-03', '09:00', 'holiday', 2),
      slot('2026-10-08', '12:00', 'lunch', 0),
      slot('2026-10-08', '18:00', 'evening', 3),
      slot('2026-10-10', '09:00', 'regular', 5),
      slot('2026-10-10', '18:00', 'evening', 1),
      slot('2026-10-11', '09:00', 'weekend', 0),
    ])
    expect(days).toHaveLength(14)
    const on = (date: string) => days.find((d) => d.date === date)!
    expect(on('2026-10-03').marks).toEqual(['国庆节', '可约'])
    expect(on('2026-10-03').description).toBe('10月3日 周六，国庆节，可约节假日，共余2个名额')
    expect(on('2026-10-04').marks).toEqual(['国庆节', '不开放'])
    // Lunch is full on the 8th: only the evening is offered.
    expect(on('2026-10-08').marks).toEqual(['晚间'])
    expect(on('2026-10-08').freePeriods).toEqual(['evening'])
    expect(on('2026-10-10').marks).toEqual(['补班', '晚间'])
    expect(on('2026-10-10').freePlaces).toBe(6)
    expect(on('2026-10-11').marks).toEqual(['周末', '约满'])
    expect(on('2026-10-11').description).toBe('10月11日 周日，周末，已约满')
    expect(on('2026-10-12').marks).toEqual(['不开放'])
    expect(days.filter((d) => d.monthLabel).map((d) => [d.date, d.monthLabel])).toEqual([
      ['2026-10-02', '10月'],
    ])
  })

  it('lists a day’s sessions in the order of the day — 午间 before 晚间 — whatever order the slots came in', () => {
    const days = bookingDays(WINDOW, CALENDAR, [
      slot('2026-10-09', '18:00', 'evening', 2),
      slot('2026-10-09', '12:00', 'lunch', 1),
      slot('2026-10-09', '09:00', 'regular', 0),
      slot('2026-10-09', '15:00', 'regular', 4),
      slot('2026-10-10', '18:00', 'evening', 1),
      slot('2026-10-10', '12:00', 'lunch', 1),
      slot('2026-10-12', '09:00', 'regular', 0),
      slot('2026-10-12', '12:00', 'lunch', 1),
      slot('2026-10-12', '15:00', 'regular', 1),
    ])
    const on = (date: string) => days.find((d) => d.date === date)!
    expect(on('2026-10-09').marks).toEqual(['午间', '晚间'])
    expect(on('2026-10-09').freePeriods).toEqual(['regular', 'lunch', 'evening'])
    expect(on('2026-10-09').description).toBe('10月9日 周五，可约工作时间、午间、晚间，共余7个名额')
    // The 调休 Saturday keeps its 补班 and still shows both sessions (the tile shows every mark).
    expect(on('2026-10-10').marks).toEqual(['补班', '午间', '晚间'])
    // The morning is full: 工作时间 (the afternoon) still reads before 午间, as the periods of a day do.
    expect(on('2026-10-12').freePeriods).toEqual(['regular', 'lunch'])
    expect(on('2026-10-12').description).toBe('10月12日 周一，可约工作时间、午间，共余2个名额')
  })

  it('never offers a day of an unpublished year, even if slots were somehow sent for it', () => {
    const days = bookingDays(
      { from: '2026-12-30', to: '2027-01-02' },
      [
        { date: '2026-12-30', kind: 'workday' },
        { date: '2026-12-31', kind: 'workday' },
        { date: '2027-01-01', kind: 'unknown' },
        { date: '2027-01-02', kind: 'unknown' },
      ],
      [slot('2026-12-31', '18:00', 'evening', 2)],
    )
    expect(days.map((d) => d.marks)).toEqual([['不开放'], ['晚间'], ['未公布'], ['未公布']])
    expect(days.map((d) => d.monthLabel)).toEqual(['12月', undefined, '1月', undefined])
    expect(days[2].description).toBe('1月1日 周五，节假日安排尚未公布，暂不能预约')
  })

  it('still shows the slots while the calendar is not loaded', () => {
    const [day] = bookingDays(
      { from: '2026-11-23', to: '2026-11-23' },
      [],
      [slot('2026-11-23', '18:00', 'evening')],
    )
    expect(day.kind).toBeUndefined()
    expect(day.marks).toEqual(['晚间'])
  })
})

describe('weekRows', () => {
  it('puts each day under its weekday, Monday first, with blanks around the window', () => {
    const days = bookingDays(WINDOW, CALENDAR, [])
    const rows = weekRows(days)
    expect(rows.map((row) => row.map((d) => d?.dayOfMonth ?? null))).toEqual([
      [null, null, null, null, 2, 3, 4],
      [5, 6, 7, 8, 9, 10, 11],
      [12, 13, 14, 15, null, null, null],
    ])
  })
})

describe('firstBookableDay', () => {
  it('opens the strip on the first day with a free place', () => {
    const days = bookingDays(WINDOW, CALENDAR, [
      slot('2026-10-03', '09:00', 'holiday', 0),
      slot('2026-10-09', '18:00', 'evening', 1),
    ])
    expect(firstBookableDay(days)).toBe('2026-10-09')
    expect(firstBookableDay(bookingDays(WINDOW, CALENDAR, []))).toBeUndefined()
  })
})

describe('stripLegend', () => {
  it('reads the hall’s lunch and evening hours off its slots, and explains 补班 only when one shows', () => {
    const city = [
      slot('2026-10-08', '12:00', 'lunch'),
      slot('2026-10-08', '14:00', 'lunch'),
      slot('2026-10-08', '18:00', 'evening'),
      slot('2026-10-08', '19:30', 'evening'),
    ]
    const days = bookingDays({ from: '2026-10-08', to: '2026-10-09' }, CALENDAR, city)
    expect(stripLegend(days, city)).toBe('午间：12:00–14:30不打烊；晚间：工作日延时至20:00')

    // A county hall that closes at 19:00 and has no lunch service, over the 调休 Saturday.
    const county = [slot('2026-10-10', '18:00', 'evening', 1, 60)]
    const withMakeup = bookingDays({ from: '2026-10-09', to: '2026-10-10' }, CALENDAR, county)
    expect(stripLegend(withMakeup, county)).toBe('晚间：工作日延时至19:00；补班：调休上班日，照常办理')

    const weekendOnly = [slot('2026-10-11', '09:00', 'weekend')]
    expect(
      stripLegend(bookingDays({ from: '2026-10-11', to: '2026-10-11' }, CALENDAR, weekendOnly), weekendOnly),
    ).toBe('')
  })
})
