import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  type FeedbackTicket,
} from '@contract/api/feedback'

export interface TicketStep {
  label: string
  state: 'done' | 'current' | 'todo'
  /** What 12345 or the department said at this step, newest last. */
  notes: Array<{ at: string; department: string; note: string }>
}

/** The 12345 loop for one ticket: 已受理 → 已交办 → 处理中 → 已答复 → 已办结, with what was said at each. */
export function ticketSteps(ticket: FeedbackTicket): TicketStep[] {
  const at = FEEDBACK_STATUSES.indexOf(ticket.status)
  return FEEDBACK_STATUSES.map((status, i) => ({
    label: FEEDBACK_STATUS_LABELS[status],
    state: i < at || (i === at && status === 'closed') ? 'done' : i === at ? 'current' : 'todo',
    notes: ticket.updates
      .filter((u) => u.status === status)
      .map(({ at: time, department, note }) => ({ at: time, department, note })),
  }))
}

/** One line for lists and screen readers: 办不成事反映，工单号…，处理中. */
export function ticketSummary(ticket: FeedbackTicket): string {
  return `${FEEDBACK_KIND_LABELS[ticket.kind]}，工单号${ticket.ticketNo}，${FEEDBACK_STATUS_LABELS[ticket.status]}`
}
