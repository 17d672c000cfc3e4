import { queryOptions, useQuery } from '@tanstack/react-query'
import { CaseDetailSchema } from '@contract/api/cases'
import { apiRequest } from '@/shared/api/client'
import { isSignedIn, useSession } from '@/shared/api/session'
import { caseKeys } from './keys'

export function getCase(caseId: string) {
  return apiRequest({
    method: 'GET',
    path: `/cases/${encodeURIComponent(caseId)}`,
    schema: CaseDetailSchema,
    auth: 'required',
  })
}

export const caseQueryOptions = (caseId: string) =>
  queryOptions({ queryKey: caseKeys.detail(caseId), queryFn: () => getCase(caseId) })

/** One of my cases, with its timeline; disabled for guests and without an id. */
export function useCase(caseId: string | undefined) {
  const signedIn = useSession(isSignedIn)
  return useQuery({ ...caseQueryOptions(caseId ?? ''), enabled: signedIn && Boolean(caseId) })
}
