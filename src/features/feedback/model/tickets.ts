import {
  FEEDBACK_KIND_LABELS,
  FEEDBACK_STATUS_LABELS,
  FEEDBACK_STATUSES,
  type FeedbackTicket,
} from '@contract/api/feedback'

import { monthDayText } from '@contract/rules/calendar'
type TicketUpdate = FeedbackTicket['updates'][number]

export interface TicketStep {
  label: string
  /** skipped: the ticket moved past this step without it being recorded (e.g. 已交办 straight to 已答复). */
  state: 'done' | 'current' | 'todo' | 'skipped'
  /** When the ticket reached this step (its first update there); null if it never did. */
  at: string | null
  /** What 12345 or the department said at this step, newest last. */
  notes: Array<{ at: string; department: string; note: string }>
}

/** The 12345 loop for one ticket: 已受理 → 已交办 → 处理中 → 已答复 → 已办结, with what was said at each. */
export function ticketSteps(ticket: FeedbackTicket): TicketStep[] {
  const at = FEEDBACK_STATUSES.indexOf(ticket.status)
  return FEEDBACK_STATUSES.map((status, i) => {
    const notes = ticket.updates
      .filter((u) => u.status === status)
      .map(({ at: time, department, note }) => ({ at: time, department, note }))
    const state: TicketStep['state'] =
      i > at
        ? 'todo'
        : i === at
          ? status === 'closed'
            ? 'done'
            : 'current'
          : notes.length > 0
            ? 'done'
            : 'skipped'
    return { label: FEEDBACK_STATUS_LABELS[status], state, at: notes[0]?.at ?? null, notes }
  })
}

export interface TicketOverview {
  /** 已答复 — where the ticket is now. */
  status: string
  /** The department's answer (the last 已答复 update), the thing the citizen waits for. */
  reply: TicketUpdate | null
  /** What was said last, when it is not the reply: where things stand before an answer, or after it. */
  latest: TicketUpdate | null
  /** The steps the ticket went through, each once with its time; skipped and future steps left out. */
  history: Array<{ label: string; at: string }>
}

/**
 * A ticket as the citizen reads it: where it is and the department's reply first, then a one-line-a-step
 * history (the notes are already in the reply and the latest word).
 */
export function ticketOverview(ticket: FeedbackTicket): TicketOverview {
  const replies = ticket.updates.filter((u) => u.status === 'replied')
  const reply = replies[replies.length - 1] ?? null
  const last = ticket.updates[ticket.updates.length - 1] ?? null
  return {
    status: FEEDBACK_STATUS_LABELS[ticket.status],
    reply,
    latest: last && last !== reply ? last : null,
    history: ticketSteps(ticket).flatMap((step) =>
      step.at && (step.state === 'done' || step.state === 'current')
        ? [{ label: step.label, at: step.at }]
        : [],
    ),
  }
}

/** One line for lists and screen readers: 办不成事反映，已答复，工单号…. */
export function ticketSummary(ticket: FeedbackTicket): string {
  return `${FEEDBACK_KIND_LABELS[ticket.kind]}，${FEEDBACK_STATUS_LABELS[ticket.status]}，工单号${ticket.ticketNo}`
}

/** 11月23日 10:00 for a platform time (the year is the ticket's own, said once where it was filed). */
export function shortTime(time: string): string {
  return `${monthDayText(time.slice(0, 10))} ${time.slice(11, 16)}`
}

/** 2026年11月23日 10:00 */
export function fullTime(time: string): string {
  return `${time.slice(0, 4)}年${shortTime(time)}`
}
