import {
  CASE_STATUS_LABELS,
  CLOCK_PAUSING_STATUSES,
  type CaseStatus,
  type TimelineEvent,
} from '@contract/api/cases'
import { momentWords } from './dates'

export interface TimelineStep {
  key: string
  node: string
  statusLabel: string
  when: string
  department: string
  note: string
  /** The step the case is at now (the newest). */
  current: boolean
  /** The 承诺时限 clock stood still from this step on. */
  pausesClock: boolean
}

/**
 * A step's name as a citizen says it. The platform names its 环节 in office terms; 补齐补正 is what the
 * citizen does there, 补交材料. Other steps keep the platform's name.
 */
export function stepName(node: string, status: CaseStatus): string {
  return status === 'supplement_required' ? '补交材料' : node
}

/** Said under a step during which the 承诺时限 clock stood still (补正, 特别程序). */
export const PAUSE_NOTE = '这段时间不计入办理时限'

/**
 * The platform's record, newest first: where the case is now comes first, how it got there below. The
 * platform lists events in the order they happened; several can share a minute (a window accepting and
 * starting a case at once), so that order is kept rather than re-sorted by time.
 */
export function timelineSteps(events: readonly TimelineEvent[], today: string): TimelineStep[] {
  return [...events].reverse().map((event, i) => ({
    key: `${event.at}-${event.status}`,
    node: stepName(event.node, event.status),
    statusLabel: CASE_STATUS_LABELS[event.status],
    when: momentWords(event.at, today),
    department: event.department,
    note: event.note,
    current: i === 0,
    pausesClock: (CLOCK_PAUSING_STATUSES as readonly string[]).includes(event.status),
  }))
}
