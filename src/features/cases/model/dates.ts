import { daysBetween, monthDayText } from '@contract/rules/calendar'

/**
 * Platform dates and times (`2026-11-20T15:10:00+08:00`, `2026-12-02`) in the words a citizen reads, taken
 * as written: a phone set to another time zone still shows Zhaotong's dates.
 */

/** 12月2日, or 2027年1月5日 outside the current year. */
export function dateWords(date: string, today: string): string {
  const monthDay = monthDayText(date)
  return date.slice(0, 4) === today.slice(0, 4) ? monthDay : `${date.slice(0, 4)}年${monthDay}`
}

/** 今天 15:10, 昨天 09:20, 11月18日 16:00 — for when something happened. */
export function momentWords(time: string, today: string): string {
  const date = time.slice(0, 10)
  const clock = time.slice(11, 16)
  const ago = daysBetween(date, today)
  if (ago === 0) return `今天 ${clock}`
  if (ago === 1) return `昨天 ${clock}`
  return `${dateWords(date, today)} ${clock}`
}
