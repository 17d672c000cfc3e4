import { CLOCK_PAUSING_STATUSES, type CaseStatus, type Deadline } from '@contract/api/cases'
import { addDays } from '@contract/rules/calendar'
import { dateWords } from './dates'

/**
 * The 承诺时限 in words. The state is always said in words (正常 / 即将到期 / 今明到期 / 已超期 / 暂停计时),
 * colour only repeats it, so it reads the same in 长辈版, on a grey screen and to a screen reader.
 */

export type Tone = 'ok' | 'warning' | 'danger' | 'muted'

export interface DeadlineWords {
  /** The state, short: shown as a tag. */
  label: string
  tone: Tone
  /** What it means for the citizen, one sentence. */
  text: string
}

/** What stopped the clock, as the citizen knows it. */
const PAUSE_NAMES: Record<NonNullable<Deadline['pausedFor']>, string> = {
  supplement_required: '补正材料',
  special_procedure: '特别程序',
}

/** What is left, in words that do not repeat the label beside them (今天到期 / 明天到期 say when already). */
function daysLeft(days: number): string {
  return days === 0 ? '今天是最后1个工作日' : `还剩${days}个工作日`
}

/**
 * 红灯 (due in 1 working day or less) in words true on any day of the week: 明天 only when the due day is
 * tomorrow's date (on a Friday the next working day is Monday), 今天 only when it is today's (on the weekend
 * after a Friday due day, nothing is left yet the case turns 已超期 only after the next working day).
 */
function dueSoonWords(left: number, dueDate: string | null, today: string): { label: string; text: string } {
  const due = dueDate ? `（${dateWords(dueDate, today)}前办结）` : ''
  if (dueDate !== null && dueDate < today) {
    return { label: '已到期', text: `应在${dateWords(dueDate, today)}前办结` }
  }
  if (left > 0) {
    const label = dueDate === addDays(today, 1) ? '明天到期' : '下个工作日到期'
    return { label, text: `${daysLeft(left)}${due}` }
  }
  return { label: '今天到期', text: `${daysLeft(0)}${due}` }
}

export function deadlineWords(deadline: Deadline, status: CaseStatus, today: string): DeadlineWords {
  const { remainingWorkingDays: left, dueDate } = deadline
  const due = dueDate ? `（${dateWords(dueDate, today)}前办结）` : ''
  const finished = status === 'completed' || status === 'delivered'

  if (finished) {
    if (left === null || left === 0) return { label: '按时办结', tone: 'ok', text: '已在承诺时限内办结' }
    return left > 0
      ? { label: '提前办结', tone: 'ok', text: `比承诺时限提前${left}个工作日办结` }
      : { label: '超期办结', tone: 'danger', text: `超过承诺时限${-left}个工作日办结` }
  }
  if (deadline.paused && deadline.pausedFor) {
    const kept =
      left === null ? '' : `，${left < 0 ? `已超期${-left}个工作日` : `剩余${left}个工作日`}保持不变`
    return {
      label: '暂停计时',
      tone: 'muted',
      text: `${PAUSE_NAMES[deadline.pausedFor]}期间不计入办理时限${kept}`,
    }
  }
  if (left === null) {
    return {
      label: '计时中',
      tone: 'ok',
      text: `承诺${deadline.committedWorkingDays}个工作日办结，到期日待明年节假日安排公布后显示`,
    }
  }
  switch (deadline.alert) {
    case 'overdue':
      return { label: '已超期', tone: 'danger', text: `已超过承诺时限${-left}个工作日` }
    case 'red':
      return { tone: 'danger', ...dueSoonWords(left, dueDate, today) }
    case 'yellow':
      return { label: '即将到期', tone: 'warning', text: `${daysLeft(left)}${due}` }
    default:
      return { label: '正常', tone: 'ok', text: `${daysLeft(left)}${due}` }
  }
}

/** 即办件 or 承诺N个工作日 — the promise itself. */
export function promiseWords(committedWorkingDays: number): string {
  return committedWorkingDays === 0 ? '即办件（当场办结）' : `承诺${committedWorkingDays}个工作日办结`
}

/**
 * How the promise is counted, under the state: the promise, the day it started, that only working days
 * count (not said of a 即办件: it has none to count), and the days paused — naming only what paused the
 * clock, read from the case's steps (a case that only waited for 补正 does not mention 特别程序).
 */
export function deadlineBasisWords(
  deadline: Deadline,
  today: string,
  steps: readonly { status: CaseStatus }[],
): string {
  const counted = deadline.committedWorkingDays > 0 ? '，周末和法定节假日不计算' : ''
  const basis = `${promiseWords(deadline.committedWorkingDays)}，${dateWords(deadline.startDate, today)}受理${counted}`
  const days = deadline.pausedWorkingDays
  if (days <= 0) return basis
  const reasons = CLOCK_PAUSING_STATUSES.filter(
    (status) => deadline.pausedFor === status || steps.some((step) => step.status === status),
  ).map((status) => PAUSE_NAMES[status])
  const paused =
    reasons.length === 0
      ? `已暂停计时${days}个工作日`
      : reasons.length === 1
        ? `${reasons[0]}期间暂停计时${days}个工作日`
        : `${reasons.join('和')}期间共暂停计时${days}个工作日`
  return `${basis}；${paused}`
}
