import type {
  BookingWindow,
  CalendarDay,
  CalendarDayKind,
  Slot,
  SlotPeriod,
} from '@contract/api/appointments'
import { dayOfWeek, eachDate, monthDayText } from '@contract/rules/calendar'
import { inDayOrder, PERIOD_NAMES } from './periods'
import { clockOf, dateOf, weekdayOf } from './time'

/** One day of the booking window, as the week strip shows it. */
export interface BookingDay {
  date: string
  /** 周一 */
  weekday: string
  /** 23 */
  dayOfMonth: number
  /** 11月23日 */
  monthDay: string
  /** 12月 on the first day of the window and on each 1st, so the strip never leaves the month unsaid. */
  monthLabel?: string
  /** undefined while the calendar is not loaded (the strip still shows the slots). */
  kind: CalendarDayKind | undefined
  holidayName?: string
  /** The hall books this service on this day (full or not). */
  open: boolean
  /** Periods with a free place, in the day's order (工作时间, 午间, 晚间), not the order the slots came in. */
  freePeriods: SlotPeriod[]
  freePlaces: number
  /**
   * What the tile shows under the date, all of it (at most three): the kind of day first (节日名, 补班, 周末),
   * then what is free — the off-hours periods in the order of the day (午间 before 晚间), 可约, 约满 or 不开放.
   * Each mark is ≤ 3 characters, so it fits a seventh of a phone.
   */
  marks: string[]
  /** What the cell says, as one sentence for screen readers. */
  description: string
}

function marksFor(
  kind: CalendarDayKind | undefined,
  holidayName: string | undefined,
  day: DaySlots,
): string[] {
  if (kind === 'unknown') return ['未公布']
  const marks: string[] = []
  if (kind === 'holiday') marks.push(holidayName ?? '节假日')
  if (kind === 'adjusted_workday') marks.push('补班')
  if (kind === 'weekend') marks.push('周末')
  if (!day.open) marks.push('不开放')
  else if (day.freePlaces === 0) marks.push('约满')
  else {
    const offHours = inDayOrder(day.freePeriods).filter(
      (period) => period === 'lunch' || period === 'evening',
    )
    if (offHours.length > 0) marks.push(...offHours.map((period) => PERIOD_NAMES[period]))
    else marks.push('可约')
  }
  return marks
}

function describe(
  date: string,
  kind: CalendarDayKind | undefined,
  holidayName: string | undefined,
  day: DaySlots,
) {
  const label = `${monthDayText(date)} ${weekdayOf(date)}`
  if (kind === 'unknown') return `${label}，节假日安排尚未公布，暂不能预约`
  const what =
    kind === 'holiday'
      ? `，${holidayName ?? '节假日'}`
      : kind === 'adjusted_workday'
        ? '，调休上班'
        : kind === 'weekend'
          ? '，周末'
          : ''
  if (!day.open) return `${label}${what}，不开放预约`
  if (day.freePlaces === 0) return `${label}${what}，已约满`
  const periods = inDayOrder(day.freePeriods)
    .map((period) => PERIOD_NAMES[period])
    .join('、')
  return `${label}${what}，可约${periods}，共余${day.freePlaces}个名额`
}

interface DaySlots {
  open: boolean
  freePeriods: SlotPeriod[]
  freePlaces: number
}

/**
 * Every day of the window with what can be booked on it: the calendar says what kind of day it is (a day of
 * an unpublished year is `unknown`, never a bookable weekday), the slots say what is left.
 */
export function bookingDays(
  window: Pick<BookingWindow, 'from' | 'to'>,
  calendar: readonly CalendarDay[],
  slots: readonly Slot[],
): BookingDay[] {
  const kinds = new Map(calendar.map((day) => [day.date, day]))
  const byDate = new Map<string, DaySlots>()
  for (const slot of slots) {
    const date = dateOf(slot.start)
    const day = byDate.get(date) ?? { open: true, freePeriods: [], freePlaces: 0 }
    if (slot.remaining > 0 && !day.freePeriods.includes(slot.period)) day.freePeriods.push(slot.period)
    day.freePlaces += slot.remaining
    byDate.set(date, day)
  }
  return eachDate(window.from, window.to).map((date, index) => {
    const entry = kinds.get(date)
    const day = byDate.get(date) ?? { open: false, freePeriods: [], freePlaces: 0 }
    return {
      date,
      weekday: weekdayOf(date),
      dayOfMonth: Number(date.slice(8, 10)),
      monthDay: monthDayText(date),
      monthLabel: index === 0 || date.endsWith('-01') ? `${Number(date.slice(5, 7))}月` : undefined,
      kind: entry?.kind,
      holidayName: entry?.name,
      open: day.open,
      freePeriods: inDayOrder(day.freePeriods),
      freePlaces: day.freePlaces,
      marks: marksFor(entry?.kind, entry?.name, day),
      description: describe(date, entry?.kind, entry?.name, day),
    }
  })
}

/** Monday-first weeks for the strip, with empty cells before the first and after the last day. */
export function weekRows(days: readonly BookingDay[]): Array<Array<BookingDay | null>> {
  const rows: Array<Array<BookingDay | null>> = []
  let row: Array<BookingDay | null> = Array(7).fill(null)
  for (const day of days) {
    const column = (dayOfWeek(day.date) + 6) % 7
    if (column === 0 && row.some(Boolean)) {
      rows.push(row)
      row = Array(7).fill(null)
    }
    row[column] = day
  }
  if (row.some(Boolean)) rows.push(row)
  return rows
}

/** The first day with a free place, for the strip to open on. */
export function firstBookableDay(days: readonly BookingDay[]): string | undefined {
  return days.find((day) => day.freePlaces > 0)?.date
}

/**
 * What the strip's marks mean, for this hall and service: the 午间 and 晚间 hours read off the slots themselves
 * (a county hall may close at 19:00, or have no evening at all), and 补班 only when a 调休 working day shows.
 * "午间：12:00–14:30不打烊；晚间：工作日延时至20:00；补班：调休上班日，照常办理", or '' when no mark needs it.
 */
export function stripLegend(days: readonly BookingDay[], slots: readonly Slot[]): string {
  const span = (period: SlotPeriod) => {
    const times = slots.filter((slot) => slot.period === period)
    if (times.length === 0) return undefined
    const starts = times.map((slot) => clockOf(slot.start)).sort()
    const ends = times.map((slot) => clockOf(slot.end)).sort()
    return { start: starts[0], end: ends[ends.length - 1] }
  }
  const lunch = span('lunch')
  const evening = span('evening')
  const parts: string[] = []
  if (lunch) parts.push(`午间：${lunch.start}–${lunch.end}不打烊`)
  if (evening) parts.push(`晚间：工作日延时至${evening.end}`)
  if (days.some((day) => day.marks.includes('补班'))) parts.push('补班：调休上班日，照常办理')
  return parts.join('；')
}
