import { queryOptions, useQuery } from '@tanstack/react-query'
import { FormSchema } from '@contract/api/forms'
import { apiRequest } from '@/shared/api/client'
import { applyKeys } from './keys'

/** The application form of an item, or the one merged form of a 一件事. */
export function getForm(targetId: string) {
  return apiRequest({
    method: 'GET',
    path: `/forms/${encodeURIComponent(targetId)}`,
    schema: FormSchema,
    auth: 'none',
  })
}

export const formQueryOptions = (targetId: string) =>
  queryOptions({
    queryKey: applyKeys.form(targetId),
    queryFn: () => getForm(targetId),
    staleTime: 30 * 60 * 1000,
  })

export function useForm(targetId: string) {
  return useQuery({ ...formQueryOptions(targetId), enabled: targetId !== '' })
}
