/**
 * The official calendar and working-day arithmetic, shared by the platform and the app: appointment slots
 * (weekend and holiday openings), case deadlines (承诺时限 in working days), rating windows.
 *
 * A day is a workday, a weekend day, a statutory holiday (法定节假日, with its name) or an adjusted workday
 * (调休上班: a Saturday or Sunday worked to make up for a bridge day). The State Council publishes a year's
 * arrangement late in the year before, so a calendar only knows the years it was given: a date outside them
 * is *unknown*, never guessed to be an ordinary weekday.
 *
 * Dates are `YYYY-MM-DD` calendar dates in China (Asia/Shanghai, UTC+8 all year). Every computation here is
 * done in UTC on those strings, so the host's time zone never shifts a day.
 */

export const DAY_KINDS = ['workday', 'weekend', 'holiday', 'adjusted_workday'] as const
export type DayKind = (typeof DAY_KINDS)[number]

export interface CalendarEntry {
  kind: DayKind
  /** The holiday (国庆节) on a holiday, and the holiday it makes up for on an adjusted workday. */
  name?: string
}

/** Date → what kind of day it is. A date missing from the map is unknown (its year is not published). */
export type CalendarData = ReadonlyMap<string, CalendarEntry>

/** What a published year changes against the plain Monday–Friday week. */
export type YearExceptions = Record<string, { kind: 'holiday' | 'adjusted_workday'; name: string }>

const DAY_MS = 24 * 3600 * 1000
const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

// ---------------------------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------------------------

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

function toUtcMs(date: string): number {
  const match = DATE_PATTERN.exec(date)
  if (!match) throw new RangeError(`not a calendar date: ${date}`)
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
}

function fromUtcMs(ms: number): string {
  const d = new Date(ms)
  return `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`
}

/** A real `YYYY-MM-DD` date (2026-02-30 is not one). */
export function isCalendarDate(text: string): boolean {
  return DATE_PATTERN.test(text) && fromUtcMs(toUtcMs(text)) === text
}

export function addDays(date: string, days: number): string {
  return fromUtcMs(toUtcMs(date) + days * DAY_MS)
}

/** Whole days from `from` to `to` (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return Math.round((toUtcMs(to) - toUtcMs(from)) / DAY_MS)
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: string): number {
  return new Date(toUtcMs(date)).getUTCDay()
}

/** 11月23日 — a date as citizens read it (messages from the platform and the app say dates alike). */
export function monthDayText(date: string): string {
  return `${Number(date.slice(5, 7))}月${Number(date.slice(8, 10))}日`
}

export function isWeekend(date: string): boolean {
  const day = dayOfWeek(date)
  return day === 0 || day === 6
}

/** Every date from `from` to `to`, both included (empty when `to` comes first). */
export function eachDate(from: string, to: string): string[] {
  const dates: string[] = []
  for (let ms = toUtcMs(from), end = toUtcMs(to); ms <= end; ms += DAY_MS) dates.push(fromUtcMs(ms))
  return dates
}

/**
 * An instant as the platform writes times, in China's time whatever the device's or server's time zone:
 * 2026-03-02T10:00:00.250+08:00 (China has no daylight saving, so the fixed offset is exact).
 */
export function shanghaiIso(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  const d = new Date(ms + SHANGHAI_OFFSET_MS)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `.${pad(d.getUTCMilliseconds(), 3)}+08:00`
  )
}

/** The date in China at this instant, whatever the device's or server's time zone. */
export function shanghaiDate(instant: Date | number): string {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  return fromUtcMs(Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS) * DAY_MS)
}

// ---------------------------------------------------------------------------------------------------------
// Building a calendar
// ---------------------------------------------------------------------------------------------------------

/**
 * The calendar of the published years: every day of each year, weekends and weekdays by default, with that
 * year's holidays and adjusted workdays applied. Later entries for the same year replace earlier ones
 * (an override table can correct or extend a package's data). Refuses data that cannot be right: an
 * exception outside its year, or an adjusted workday that is not a Saturday or Sunday.
 */
export function buildCalendar(years: Array<{ year: number; exceptions: YearExceptions }>): CalendarData {
  const byYear = new Map<number, YearExceptions>()
  for (const { year, exceptions } of years) byYear.set(year, exceptions)

  const calendar = new Map<string, CalendarEntry>()
  for (const [year, exceptions] of byYear) {
    for (const date of eachDate(`${year}-01-01`, `${year}-12-31`)) {
      calendar.set(date, { kind: isWeekend(date) ? 'weekend' : 'workday' })
    }
    for (const [date, exception] of Object.entries(exceptions)) {
      if (!isCalendarDate(date) || Number(date.slice(0, 4)) !== year) {
        throw new RangeError(`calendar ${year}: ${date} is not a date of that year`)
      }
      if (exception.kind === 'adjusted_workday' && !isWeekend(date)) {
        throw new RangeError(`calendar ${year}: adjusted workday ${date} is not a Saturday or Sunday`)
      }
      calendar.set(date, { kind: exception.kind, name: exception.name })
    }
  }
  return calendar
}

/** Rebuilds a calendar from the days a platform sent (e.g. GET /calendar); days it marked unknown stay out. */
export function calendarFromDays(
  days: ReadonlyArray<{ date: string; kind: string; name?: string }>,
): CalendarData {
  const calendar = new Map<string, CalendarEntry>()
  for (const day of days) {
    if (!(DAY_KINDS as readonly string[]).includes(day.kind)) continue
    calendar.set(
      day.date,
      day.name ? { kind: day.kind as DayKind, name: day.name } : { kind: day.kind as DayKind },
    )
  }
  return calendar
}

// ---------------------------------------------------------------------------------------------------------
// Reading it
// ---------------------------------------------------------------------------------------------------------

/** The entry for a date, or undefined when the calendar does not know that date's year. */
export function calendarDay(calendar: CalendarData, date: string): CalendarEntry | undefined {
  return calendar.get(date)
}

/** true on workdays and adjusted workdays, false on weekends and holidays, undefined when unknown. */
export function isWorkingDay(calendar: CalendarData, date: string): boolean | undefined {
  const entry = calendar.get(date)
  if (!entry) return undefined
  return entry.kind === 'workday' || entry.kind === 'adjusted_workday'
}

/** A working-day answer, or the year whose arrangement is missing (say so; never guess). */
export type WorkingDaysResult<T> = { known: true; value: T } | { known: false; unknownYear: number }

function unknownAt(date: string): { known: false; unknownYear: number } {
  return { known: false, unknownYear: Number(date.slice(0, 4)) }
}

/**
 * The date `count` working days after `start` (start itself not counted): a case accepted on a Friday with
 * 1 working day is due on Monday, or later if Monday is a holiday; an adjusted Saturday counts. Unknown as
 * soon as the count runs into a year the calendar does not have.
 */
export function addWorkingDays(
  calendar: CalendarData,
  start: string,
  count: number,
): WorkingDaysResult<string> {
  if (!Number.isInteger(count) || count < 0)
    throw new RangeError(`count must be a whole number ≥ 0: ${count}`)
  let date = start
  for (let remaining = count; remaining > 0;) {
    date = addDays(date, 1)
    const working = isWorkingDay(calendar, date)
    if (working === undefined) return unknownAt(date)
    if (working) remaining--
  }
  return { known: true, value: date }
}

/**
 * Working days after `from` up to and including `to`, so that addWorkingDays(from, n) = to gives back n.
 * Negative when `to` comes first (days overdue). Unknown if any day in between is.
 */
export function workingDaysBetween(
  calendar: CalendarData,
  from: string,
  to: string,
): WorkingDaysResult<number> {
  const [first, last, sign] = daysBetween(from, to) >= 0 ? [from, to, 1] : [to, from, -1]
  let count = 0
  for (const date of eachDate(addDays(first, 1), last)) {
    const working = isWorkingDay(calendar, date)
    if (working === undefined) return unknownAt(date)
    if (working) count++
  }
  // 0, not -0: callers compare and print it.
  return { known: true, value: count === 0 ? 0 : sign * count }
}
