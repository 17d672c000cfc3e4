import { dayOfWeek, daysBetween, monthDayText } from '@contract/rules/calendar'

/**
 * Dates and times as the platform sends them (`2026-11-23T18:00:00+08:00`), read as written and never
 * through the device's clock settings: a phone set to another time zone still shows Zhaotong's times.
 */

const WEEKDAYS = ['周日', '周一', '周二', '周三', '周四', '周五', '周六']

/** The calendar date of a platform time: 2026-11-23. */
export const dateOf = (time: string): string => time.slice(0, 10)

/** The clock time of a platform time: 18:00. */
export const clockOf = (time: string): string => time.slice(11, 16)

export const weekdayOf = (date: string): string => WEEKDAYS[dayOfWeek(date)]

/** 11月23日 周一, or 明天 11月23日 周一 when `today` is the day before. */
export function dayLabel(date: string, today?: string): string {
  const label = `${monthDayText(date)} ${weekdayOf(date)}`
  if (today === undefined) return label
  const offset = daysBetween(today, date)
  if (offset === 0) return `今天 ${label}`
  if (offset === 1) return `明天 ${label}`
  if (offset === 2) return `后天 ${label}`
  return label
}

/** 18:00–18:30 */
export function timeRange(start: string, end: string): string {
  return `${clockOf(start)}–${clockOf(end)}`
}

/**
 * { day: '明天 11月23日 周一', time: '18:00–18:30' } — apart, so a page can keep the time range whole when the
 * line wraps (in 长辈版 a break after the dash left "18:00–" on one line and "18:30" on the next).
 */
export function whenParts(
  slot: { start: string; end: string },
  today?: string,
): { day: string; time: string } {
  return { day: dayLabel(dateOf(slot.start), today), time: timeRange(slot.start, slot.end) }
}

/** 11月23日 周一 18:00–18:30 */
export function whenText(slot: { start: string; end: string }, today?: string): string {
  const { day, time } = whenParts(slot, today)
  return `${day} ${time}`
}
