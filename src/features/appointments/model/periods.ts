import { type Hall, SLOT_PERIODS, type SlotPeriod } from '@contract/api/appointments'

/** Short names, for marks and lists. */
export const PERIOD_NAMES: Record<SlotPeriod, string> = {
  regular: '工作时间',
  lunch: '午间',
  evening: '晚间',
  weekend: '周末',
  holiday: '节假日',
}

/** What each period is called in the halls' own notices. */
export const PERIOD_TITLES: Record<SlotPeriod, string> = {
  regular: '工作时间',
  lunch: '午间不打烊',
  evening: '晚间延时',
  weekend: '周末预约办',
  holiday: '节假日预约办',
}

export const OFF_HOURS_PERIODS: readonly SlotPeriod[] = ['lunch', 'evening', 'weekend', 'holiday']

/**
 * Periods in the order of a day — 工作时间, 午间, 晚间, then the weekend and holiday ones, as the contract lists
 * them — whatever order they came in; for everything that lists a day's periods.
 */
export function inDayOrder(periods: readonly SlotPeriod[]): SlotPeriod[] {
  return SLOT_PERIODS.filter((period) => periods.includes(period))
}

/** 午间 · 晚间 · 周末 — the off-hours periods among these, in their usual order; '' when none. */
export function offHoursText(periods: readonly SlotPeriod[]): string {
  return OFF_HOURS_PERIODS.filter((period) => periods.includes(period))
    .map((period) => PERIOD_NAMES[period])
    .join(' · ')
}

/**
 * A hall's off-hours offer in words — ["午间 12:00–14:30", "晚间至 20:00", "周末 09:00–12:00、14:30–17:30"] —
 * limited to the periods a service can be booked in, so no one picks a hall for an evening it does not offer.
 */
export function hallOffHours(hall: Hall, periods: readonly SlotPeriod[] = OFF_HOURS_PERIODS): string[] {
  const ranges = (list: Array<{ start: string; end: string }>) =>
    list.map((range) => `${range.start}–${range.end}`).join('、')
  const lines: string[] = []
  const offered = (period: SlotPeriod) => periods.includes(period)
  if (hall.offHours.lunch && offered('lunch')) lines.push(`午间 ${ranges([hall.offHours.lunch])}`)
  if (hall.offHours.evening && offered('evening')) lines.push(`晚间至 ${hall.offHours.evening.end}`)
  if (hall.offHours.weekend.length > 0 && offered('weekend'))
    lines.push(`周末 ${ranges(hall.offHours.weekend)}`)
  if (hall.offHours.holiday.length > 0 && offered('holiday'))
    lines.push(`节假日 ${ranges(hall.offHours.holiday)}`)
  return lines
}
