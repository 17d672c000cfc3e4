import { queryOptions, useQuery } from '@tanstack/react-query'
import { GuideResultSchema, type SituationAnswers } from '@contract/api/catalog'
import { apiRequest } from '@/shared/api/client'
import { applyKeys } from './keys'

/**
 * The platform's checklist for these answers (POST /guide/evaluate): the items that will be filed and the
 * materials to provide. The application is checked against the platform's version, not a cached one.
 */
export function getChecklist(targetId: string, answers: SituationAnswers) {
  return apiRequest({
    method: 'POST',
    path: '/guide/evaluate',
    body: { targetId, answers },
    schema: GuideResultSchema,
    auth: 'none',
  })
}

export const checklistQueryOptions = (targetId: string, answers: SituationAnswers) =>
  queryOptions({
    queryKey: applyKeys.checklist(targetId, answers),
    queryFn: () => getChecklist(targetId, answers),
    staleTime: 10 * 60 * 1000,
  })

export function useChecklist(targetId: string, answers: SituationAnswers | undefined) {
  return useQuery({ ...checklistQueryOptions(targetId, answers ?? {}), enabled: answers !== undefined })
}
