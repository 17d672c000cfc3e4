import type { FieldErrors } from '@contract/api/common'
import type { RatingOptions, RatingRequest, RatingSubject } from '@contract/api/ratings'
import { isBadRating, ratingInputErrors } from '@contract/rules/ratings'

/** The rating form while the citizen fills it in. */
export interface RatingDraft {
  level: number | null
  indicators: Readonly<Record<string, number>>
  reasons: readonly string[]
  comment: string
}

export const emptyRating: RatingDraft = { level: null, indicators: {}, reasons: [], comment: '' }

export type RatingEdit =
  | { type: 'level'; level: number }
  | { type: 'indicator'; id: string; score: number }
  | { type: 'reason'; id: string }
  | { type: 'comment'; text: string }

export function editRating(draft: RatingDraft, edit: RatingEdit): RatingDraft {
  switch (edit.type) {
    case 'level':
      return { ...draft, level: edit.level }
    case 'indicator':
      // Tapping the score already chosen clears it: indicators are optional.
      if (draft.indicators[edit.id] === edit.score) {
        const { [edit.id]: _cleared, ...rest } = draft.indicators
        return { ...draft, indicators: rest }
      }
      return { ...draft, indicators: { ...draft.indicators, [edit.id]: edit.score } }
    case 'reason':
      return {
        ...draft,
        reasons: draft.reasons.includes(edit.id)
          ? draft.reasons.filter((id) => id !== edit.id)
          : [...draft.reasons, edit.id],
      }
    case 'comment':
      return { ...draft, comment: edit.text }
  }
}

/** The draft asks for reasons (a 差评). */
export function needsReasons(draft: RatingDraft): boolean {
  return draft.level !== null && isBadRating(draft.level)
}

/** What to fix before sending, with the platform's own messages (empty = ready). */
export function ratingProblems(options: RatingOptions, draft: RatingDraft): FieldErrors {
  if (draft.level === null) return { level: '请选择您对本次服务的评价' }
  return ratingInputErrors(options, {
    ...draft,
    level: draft.level,
    reasons: needsReasons(draft) ? draft.reasons : [],
  })
}

/** The parts of the form, by the field keys the checks and the platform's 422 use. */
export const RATING_PARTS = {
  level: '总体评价',
  reasons: '哪里不满意',
  comment: '想对办理部门说的话',
} as const

/**
 * Every problem for the summary beside the submit button, each named by the part of the form it is in
 * ("哪里不满意：请至少选择…"): on a long form the field's own message may be screens away from the button.
 */
export function ratingProblemList(options: RatingOptions, errors: FieldErrors): string[] {
  const parts: Array<[string, string]> = [
    ['level', RATING_PARTS.level],
    ['reasons', RATING_PARTS.reasons],
    ...options.indicators.map((i): [string, string] => [`indicators.${i.id}`, `分项评价·${i.label}`]),
    ['comment', RATING_PARTS.comment],
  ]
  const named = parts.filter(([key]) => errors[key]).map(([key, part]) => `${part}：${errors[key]}`)
  const known = new Set(parts.map(([key]) => key))
  const others = Object.entries(errors)
    .filter(([key]) => !known.has(key))
    .map(([, message]) => message)
  return [...named, ...others]
}

/** The request for a checked draft. Reasons travel only with a 差评: switching to 满意 drops them. */
export function ratingRequest(subject: RatingSubject, draft: RatingDraft & { level: number }): RatingRequest {
  const comment = draft.comment.trim()
  return {
    subject,
    level: draft.level,
    ...(Object.keys(draft.indicators).length > 0 ? { indicators: { ...draft.indicators } } : {}),
    ...(needsReasons(draft) ? { reasons: [...draft.reasons] } : {}),
    ...(comment ? { comment } : {}),
  }
}
