import type { Slot } from '@contract/api/appointments'
import { dateOf } from './time'

/**
 * The booking flow as a selection that fills up: 事项 → 大厅 → 时间 → 确认. The step is whatever is missing
 * first, so a link that arrives with some of it chosen (a guide's 预约 button, the return from login) starts
 * further along, and "上一步" simply takes the last choice back.
 */
export interface BookingSelection {
  serviceId?: string
  hallId?: string
  /** The day open in the week strip. */
  date?: string
  slotId?: string
}

export const BOOKING_STEPS = [
  { step: 'service', title: '选择要办的事' },
  { step: 'hall', title: '选择大厅' },
  { step: 'slot', title: '选择时间' },
  { step: 'confirm', title: '确认预约' },
] as const
export type BookingStep = (typeof BOOKING_STEPS)[number]['step']

export function stepOf(selection: BookingSelection): BookingStep {
  if (!selection.serviceId) return 'service'
  if (!selection.hallId) return 'hall'
  if (!selection.slotId) return 'slot'
  return 'confirm'
}

/** 第2步，共4步 */
export function stepNumber(step: BookingStep): number {
  return BOOKING_STEPS.findIndex((s) => s.step === step) + 1
}

export function previous(selection: BookingSelection): BookingSelection {
  switch (stepOf(selection)) {
    case 'confirm':
      return { ...selection, slotId: undefined }
    case 'slot':
      return { serviceId: selection.serviceId }
    default:
      return {}
  }
}

/** What is known so far to check a preselection against; undefined = not loaded yet. */
export interface Known {
  serviceIds?: readonly string[]
  /** Halls that book the selected service. */
  hallIds?: readonly string[]
  /** The selected hall's slots for the service. */
  slots?: readonly Slot[]
}

/**
 * Drops a preselected choice that turns out not to exist (a stale link, a hall that does not book the
 * service, a slot taken since) and says why in plain words, so the citizen chooses again at that step.
 */
export function reconcile(
  selection: BookingSelection,
  known: Known,
): { selection: BookingSelection; notice?: string } {
  if (selection.serviceId && known.serviceIds && !known.serviceIds.includes(selection.serviceId)) {
    return { selection: {}, notice: '这项业务暂不能预约，请选择其他事项' }
  }
  if (selection.hallId && known.hallIds && !known.hallIds.includes(selection.hallId)) {
    return {
      selection: { serviceId: selection.serviceId },
      notice: '您选的大厅暂不预约这项业务，请选择其他大厅',
    }
  }
  if (selection.slotId && known.slots) {
    const slot = known.slots.find((s) => s.slotId === selection.slotId)
    if (!slot || slot.remaining === 0) {
      return {
        selection: { ...selection, slotId: undefined },
        notice: slot ? '您选的时段已经约满，请换一个时段' : '您选的时段已不能预约，请重新选择',
      }
    }
    if (!selection.date) return { selection: { ...selection, date: dateOf(slot.start) } }
  }
  return { selection }
}
