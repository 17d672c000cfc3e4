import {
  CASE_STATUS_LABELS,
  type CaseStatus,
  type CaseSummary,
  type Deadline,
  FINISHED_CASE_STATUSES,
  type PendingAction,
} from '@contract/api/cases'
import { dateWords } from './dates'
import { deadlineWords, type DeadlineWords, type Tone } from './deadline'

/** How each status looks in a chip: the words come from the contract, the tone repeats them. */
export const STATUS_TONES: Record<CaseStatus, Tone> = {
  submitted: 'muted',
  accepted: 'ok',
  rejected: 'danger',
  supplement_required: 'warning',
  processing: 'ok',
  special_procedure: 'muted',
  completed: 'ok',
  delivered: 'ok',
}

export type SupplementAction = Extract<PendingAction, { kind: 'supplement' }>
export type RateAction = Extract<PendingAction, { kind: 'rate' }>

export function supplementAction(item: { pendingActions: PendingAction[] }): SupplementAction | undefined {
  return item.pendingActions.find((a): a is SupplementAction => a.kind === 'supplement')
}

export function rateAction(item: { pendingActions: PendingAction[] }): RateAction | undefined {
  return item.pendingActions.find((a): a is RateAction => a.kind === 'rate')
}

/**
 * Past its 承诺时限 and still with the department: not finished, and not paused (while 补正 waits for the
 * citizen, what is late is in their hands, and the 补正 panel says what to do).
 */
export function overdueWithDepartment(item: { status: CaseStatus; deadline: Deadline | null }): boolean {
  return (
    item.deadline?.alert === 'overdue' &&
    !item.deadline.paused &&
    !(FINISHED_CASE_STATUSES as readonly string[]).includes(item.status)
  )
}

/** What the citizen has to do about this case, in one line; undefined when nothing. */
export function todoWords(item: { pendingActions: PendingAction[] }, today: string): string | undefined {
  const supplement = supplementAction(item)
  if (supplement) {
    const by = supplement.dueDate ? `，请在${dateWords(supplement.dueDate, today)}前上传` : ''
    return `需要补正${supplement.materials.length}项材料${by}`
  }
  const rate = rateAction(item)
  if (rate) {
    const by = rate.rateBefore ? `（${dateWords(rate.rateBefore, today)}前）` : ''
    return `已办结，请评价本次服务${by}`
  }
  return undefined
}

export interface CaseCardView {
  title: string
  status: { label: string; tone: Tone }
  caseNo: string
  deadline: DeadlineWords | undefined
  todo: string | undefined
  /** One sentence for screen readers and WeChat's reader. */
  summary: string
}

export function caseCardView(item: CaseSummary, today: string): CaseCardView {
  const status = { label: CASE_STATUS_LABELS[item.status], tone: STATUS_TONES[item.status] }
  const deadline = item.deadline ? deadlineWords(item.deadline, item.status, today) : undefined
  const todo = todoWords(item, today)
  return {
    title: item.itemName,
    status,
    caseNo: item.caseNo,
    deadline,
    todo,
    summary: [item.itemName, status.label, deadline && `${deadline.label}：${deadline.text}`, todo]
      .filter(Boolean)
      .join('，'),
  }
}
