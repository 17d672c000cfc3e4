import {
  FOLLOW_UP_STATUS_LABELS,
  FOLLOW_UP_STATUSES,
  type FollowUp,
  type FollowUpStatus,
  RATING_LEVEL_LABELS,
  type RatingLevel,
} from '@contract/api/ratings'
import { monthDayText } from '@contract/rules/calendar'
import { isBadRating } from '@contract/rules/ratings'

/** An indicator's 1–5 in words: 分项 scores read as 很好…很差, the overall level as 非常满意…非常不满意. */
export const INDICATOR_SCORE_LABELS: Record<number, string> = {
  5: '很好',
  4: '较好',
  3: '一般',
  2: '较差',
  1: '很差',
}

export function levelLabel(level: number): string {
  return RATING_LEVEL_LABELS[level as RatingLevel] ?? `${level}分`
}

/** What the citizen sees first about a rating. */
export function ratingHeadline(rating: { level: number; isDefault: boolean }): string {
  return rating.isDefault
    ? `系统默认评价：${levelLabel(rating.level)}`
    : `我的评价：${levelLabel(rating.level)}`
}

export interface FollowUpStep {
  status: FollowUpStatus
  label: string
  /** done: passed; current: where it is; todo: still to come; skipped: passed without a reply of its own. */
  state: 'done' | 'current' | 'todo' | 'skipped'
  replies: FollowUp['updates']
}

/** 待核实 → 整改中 → 已整改 → 已回访, each with the department's replies at that step. */
export function followUpSteps(followUp: FollowUp): FollowUpStep[] {
  const at = FOLLOW_UP_STATUSES.indexOf(followUp.status)
  return FOLLOW_UP_STATUSES.map((status, i) => {
    const replies = followUp.updates.filter((u) => u.status === status)
    const state: FollowUpStep['state'] =
      i > at
        ? 'todo'
        : i === at
          ? i === FOLLOW_UP_STATUSES.length - 1
            ? 'done'
            : 'current'
          : i === 0 || replies.length > 0
            ? 'done'
            : 'skipped'
    return { status, label: FOLLOW_UP_STATUS_LABELS[status], state, replies }
  })
}

/**
 * Where a 差评's follow-up is, on its own in a list (the detail page's steps are under 整改情况): who acts
 * and what is still to come, never "整改已整改".
 */
export const FOLLOW_UP_STATUS_WORDS: Record<FollowUpStatus, string> = {
  pending_verification: '部门待核实',
  rectifying: '部门整改中',
  rectified: '部门已整改，待回访',
  revisited: '部门已回访',
}

/** 评价于 11月23日 — the day of the rating, said as such (not the day of the visit or 办结). */
export function ratedOnWords(rating: { isDefault: boolean; ratedAt: string }): string {
  return `${rating.isDefault ? '记录于' : '评价于'} ${dayWords(rating.ratedAt)}`
}

/** 12月7日 for a platform date (2026-12-07); 2026年11月23日 10:00 for a platform time. */
export function dayWords(date: string): string {
  return monthDayText(date.slice(0, 10))
}
export function timeWords(time: string): string {
  return `${time.slice(0, 4)}年${dayWords(time)} ${time.slice(11, 16)}`
}

/** 办结后5个工作日内 — when the window closes, in words for the citizen. */
export function rateBeforeWords(rateBefore: string | null): string {
  if (!rateBefore) return '请在办结后5个工作日内评价'
  return `请在${dayWords(rateBefore)}前评价，逾期系统默认记为“基本满意”`
}

/** The words around the one 追评 a rating may take. */
export interface AppendWords {
  /** The card's title, and its title once added (我的…). */
  title: string
  added: string
  lead: string
  placeholder: string
  submit: string
}

/** A 差评 the citizen gave (the system's default 基本满意 never is one): it is followed up, then 追评. */
function isCitizensBadReview(rating: { level: number; isDefault: boolean }): boolean {
  return isBadRating(rating.level) && !rating.isDefault
}

const BAD_APPEND: AppendWords = {
  title: '追评',
  added: '我的追评',
  lead: '看了部门的答复，问题解决了吗？可以追评一次，部门会看到。',
  placeholder: '例如：部门已回电说明，问题已解决',
  submit: '提交追评',
}

const GOOD_APPEND: AppendWords = {
  title: '补充评价',
  added: '我的补充评价',
  lead: '还有想说的？可以补充一次，办理部门会看到。',
  placeholder: '例如：工作人员很耐心，一次就办好了',
  submit: '提交补充评价',
}

/**
 * A 差评's 追评 answers the department's reply (so it is only open after one, `canAppend`); any other
 * rating may add one 补充评价 at once, and nothing there asks whether a problem was solved.
 */
export function appendWords(rating: { level: number; isDefault: boolean }): AppendWords {
  return isCitizensBadReview(rating) ? BAD_APPEND : GOOD_APPEND
}

/**
 * What to say where the 追评 form would be when it is not offered: a 差评 waiting for the department's
 * reply is told it comes after one; anything else (added already, a default rating) says nothing.
 */
export function appendNotYetWords(rating: {
  level: number
  isDefault: boolean
  canAppend: boolean
  append: unknown
}): string | null {
  if (rating.canAppend || rating.append || !isCitizensBadReview(rating)) return null
  return '部门答复后，您可以追评一次。'
}
