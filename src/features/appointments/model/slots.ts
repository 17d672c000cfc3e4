import type { Slot, SlotPeriod } from '@contract/api/appointments'
import { PERIOD_NAMES, PERIOD_TITLES } from './periods'
import { clockOf, dateOf, dayLabel, timeRange } from './time'

export interface SlotGroup {
  period: SlotPeriod
  /** 晚间延时 */
  title: string
  /** 18:00–20:00 */
  hours: string
  slots: Slot[]
  freePlaces: number
}

/** One day's slots, grouped by period in the order of the day. */
export function slotGroups(slots: readonly Slot[], date: string): SlotGroup[] {
  const groups: SlotGroup[] = []
  for (const slot of slots) {
    if (dateOf(slot.start) !== date) continue
    const last = groups[groups.length - 1]
    if (
      last &&
      last.period === slot.period &&
      clockOf(last.slots[last.slots.length - 1].end) === clockOf(slot.start)
    ) {
      last.slots.push(slot)
      last.hours = timeRange(last.slots[0].start, slot.end)
      last.freePlaces += slot.remaining
    } else {
      groups.push({
        period: slot.period,
        title: PERIOD_TITLES[slot.period],
        hours: timeRange(slot.start, slot.end),
        slots: [slot],
        freePlaces: slot.remaining,
      })
    }
  }
  return groups
}

/** 还剩2个名额 · 已约满 */
export function placesText(remaining: number): string {
  return remaining > 0 ? `还剩${remaining}个名额` : '已约满'
}

/** 明天 11月24日 周二 晚间 18:30–19:00，还剩2个名额 — how an alternative is offered. */
export function slotSentence(slot: Slot, today?: string): string {
  const day = dayLabel(dateOf(slot.start), today)
  return `${day} ${PERIOD_NAMES[slot.period]} ${timeRange(slot.start, slot.end)}，${placesText(slot.remaining)}`
}
