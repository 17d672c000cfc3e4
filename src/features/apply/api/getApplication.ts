import { queryOptions, useQuery } from '@tanstack/react-query'
import { ApplicationSchema } from '@contract/api/applications'
import { apiRequest } from '@/shared/api/client'
import { applyKeys } from './keys'

/** A filed application with its case numbers (the confirmation page after a reload). */
export function getApplication(applicationId: string) {
  return apiRequest({
    method: 'GET',
    path: `/applications/${encodeURIComponent(applicationId)}`,
    schema: ApplicationSchema,
    auth: 'required',
  })
}

export const applicationQueryOptions = (applicationId: string) =>
  queryOptions({
    queryKey: applyKeys.application(applicationId),
    queryFn: () => getApplication(applicationId),
    staleTime: Infinity,
  })

export function useApplication(applicationId: string | undefined) {
  return useQuery({ ...applicationQueryOptions(applicationId ?? ''), enabled: Boolean(applicationId) })
}
