import { queryOptions, useQuery } from '@tanstack/react-query'
import { GuideResultSchema, type SituationAnswers } from '@contract/api/catalog'
import { apiRequest } from '@/shared/api/client'
import { guideKeys } from './keys'

/**
 * The platform's evaluation of the same answers. The app shows its own (offline) result at once; this only
 * confirms it, so the request is a query keyed by the answers, not a mutation.
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

export const evaluationQueryOptions = (targetId: string, answers: SituationAnswers) =>
  queryOptions({
    queryKey: guideKeys.evaluation(targetId, answers),
    queryFn: () => evaluateGuide(targetId, answers),
    staleTime: 10 * 60 * 1000,
  })

export function usePlatformEvaluation(targetId: string, answers: SituationAnswers, enabled: boolean) {
  return useQuery({ ...evaluationQueryOptions(targetId, answers), enabled })
}
