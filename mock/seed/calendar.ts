import chineseDays from 'chinese-days/dist/chinese-days.json'

import { buildCalendar, type CalendarData, type YearExceptions } from '../../types/rules/calendar'

/**
 * The platform's official calendar. Published years come from `chinese-days` (MIT, follows the State
 * Council's 国务院办公厅关于节假日安排的通知; 2004–2026 in the installed version). A year the package does not
 * have yet is unknown — until someone adds it to CALENDAR_OVERRIDES below, which also corrects a package
 * year (an override replaces that year's exceptions whole).
 */

export interface YearArrangement {
  year: number
  /** Holidays and 调休 workdays; every other date is a plain weekday or weekend. */
  exceptions: YearExceptions
}

/**
 * Add a year here as soon as its notice is out, e.g.
 *   { year: 2027, exceptions: { '2027-01-01': { kind: 'holiday', name: '元旦' }, … } }
 * A typo stops the simulator at start: buildCalendar refuses a date outside its year and a 调休 workday that
 * is not a Saturday or Sunday.
 */
export const CALENDAR_OVERRIDES: YearArrangement[] = []

// The package's short names, as the notices write them.
const HOLIDAY_NAMES: Record<string, string> = { 清明: '清明节', 端午: '端午节', 中秋: '中秋节' }

/** The package's "English,中文,days" label → 国庆节. */
function holidayName(label: string): string {
  const chinese = label.split(',')[1] ?? label
  return HOLIDAY_NAMES[chinese] ?? chinese
}

/** Every year the package publishes, with its holidays and 调休 workdays. */
export function packageYears(): YearArrangement[] {
  const years = new Map<number, YearExceptions>()
  const add = (date: string, kind: 'holiday' | 'adjusted_workday', label: string) => {
    const year = Number(date.slice(0, 4))
    if (!years.has(year)) years.set(year, {})
    years.get(year)![date] = { kind, name: holidayName(label) }
  }
  for (const [date, label] of Object.entries(chineseDays.holidays)) add(date, 'holiday', label)
  for (const [date, label] of Object.entries(chineseDays.workdays)) add(date, 'adjusted_workday', label)
  return [...years].sort(([a], [b]) => a - b).map(([year, exceptions]) => ({ year, exceptions }))
}

export function buildPlatformCalendar(overrides: YearArrangement[] = CALENDAR_OVERRIDES): CalendarData {
  return buildCalendar([...packageYears(), ...overrides])
}

/** Built once per process: the published data does not change while the simulator runs. */
export const PLATFORM_CALENDAR: CalendarData = buildPlatformCalendar()
