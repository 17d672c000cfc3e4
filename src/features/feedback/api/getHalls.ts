import { queryOptions, useQuery } from '@tanstack/react-query'
import { HallListSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { feedbackKeys } from './keys'

/** Every hall with its 咨询电话: where it happened, and whom to call right now. */
export function getHalls() {
  return apiRequest({ method: 'GET', path: '/halls', schema: HallListSchema, auth: 'none' })
}

export const hallsQueryOptions = () =>
  queryOptions({ queryKey: feedbackKeys.halls(), queryFn: getHalls, staleTime: 60 * 60 * 1000 })

export function useHalls() {
  return useQuery(hallsQueryOptions())
}
