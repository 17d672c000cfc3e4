import { queryOptions, useQuery } from '@tanstack/react-query'
import { GuideResultSchema, type SituationAnswers } from '@contract/api/catalog'
import { apiRequest } from './client'

/** Query keys for POST /guide/evaluate: the guide and the application ask about the same answers. */
export const guideEvaluationKeys = {
  all: ['guide-evaluation'] as const,
  of: (targetId: string, answers: SituationAnswers) =>
    [...guideEvaluationKeys.all, targetId, answers] as const,
}

/**
 * The platform's checklist for these answers: the items that will be filed and the materials to provide.
 * The guide shows its own (offline) result at once and lets this confirm it; the application is checked
 * against the platform's version, not a cached one. A question, not a change, hence a query keyed by the
 * answers rather than a mutation.
 */
export function evaluateGuide(targetId: string, answers: SituationAnswers) {
  return apiRequest({
    method: 'POST',
    path: '/guide/evaluate',
    body: { targetId, answers },
    schema: GuideResultSchema,
    auth: 'none',
  })
}

export const guideEvaluationQueryOptions = (targetId: string, answers: SituationAnswers) =>
  queryOptions({
    queryKey: guideEvaluationKeys.of(targetId, answers),
    queryFn: () => evaluateGuide(targetId, answers),
    staleTime: 10 * 60 * 1000,
  })

/** Waits while the answers are not known yet or `enabled` is false. */
export function useGuideEvaluation(
  targetId: string,
  answers: SituationAnswers | undefined,
  { enabled = true }: { enabled?: boolean } = {},
) {
  return useQuery({
    ...guideEvaluationQueryOptions(targetId, answers ?? {}),
    enabled: enabled && answers !== undefined,
  })
}
