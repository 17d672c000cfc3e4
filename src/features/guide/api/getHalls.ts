import { queryOptions, useQuery } from '@tanstack/react-query'
import { HallListSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { guideKeys } from './keys'

/** Every hall with its 咨询电话: the checklist offers to call the halls that handle the citizen's case. */
export function getHalls() {
  return apiRequest({ method: 'GET', path: '/halls', schema: HallListSchema, auth: 'none' })
}

export const hallsQueryOptions = () =>
  queryOptions({ queryKey: guideKeys.halls(), queryFn: getHalls, staleTime: 60 * 60 * 1000 })

export function useHalls(enabled: boolean) {
  return useQuery({ ...hallsQueryOptions(), enabled })
}
