import { useMutation } from '@tanstack/react-query'
import { type CaseLookupQuery, CaseLookupResultSchema } from '@contract/api/cases'
import { apiRequest } from '@/shared/api/client'

/**
 * Anyone may look a case up with its number and the applicant phone's last 4 digits; no token is sent.
 * The platform counts wrong tries, so this runs only when the citizen asks (a mutation: never retried).
 */
export function lookupCase(query: CaseLookupQuery) {
  return apiRequest({
    method: 'GET',
    path: '/cases/lookup',
    query: { caseNo: query.caseNo, verifier: query.verifier },
    schema: CaseLookupResultSchema,
    auth: 'none',
  })
}

export function useLookupCase() {
  return useMutation({ mutationFn: lookupCase })
}
