import { queryOptions, useQuery } from '@tanstack/react-query'
import { AutofillSourcesSchema } from '@contract/api/identity'
import { apiRequest } from '@/shared/api/client'
import { applyKeys } from './keys'

/**
 * What the form may prefill from: identity, login phone, 电子证照, addresses, earlier applications. Kept in
 * memory only (react-query), never written to the device: it holds the citizen's unmasked ID number.
 */
export function getAutofill() {
  return apiRequest({ method: 'GET', path: '/me/autofill', schema: AutofillSourcesSchema, auth: 'required' })
}

export const autofillQueryOptions = () =>
  queryOptions({ queryKey: applyKeys.autofill(), queryFn: getAutofill, staleTime: 5 * 60 * 1000 })

export function useAutofill(enabled: boolean) {
  return useQuery({ ...autofillQueryOptions(), enabled })
}
