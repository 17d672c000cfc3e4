import { queryOptions, useQuery } from '@tanstack/react-query'
import { HallListSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { appointmentKeys } from './keys'

/** The halls that take appointments for a service, 市民之家 first then by county. */
export function getHallsFor(serviceId: string) {
  return apiRequest({
    method: 'GET',
    path: '/halls',
    query: { serviceId },
    schema: HallListSchema,
    auth: 'none',
  })
}

export const hallsQueryOptions = (serviceId: string) =>
  queryOptions({
    queryKey: appointmentKeys.halls(serviceId),
    queryFn: () => getHallsFor(serviceId),
    staleTime: 60 * 60 * 1000,
  })

export function useHallsFor(serviceId: string | undefined) {
  return useQuery({ ...hallsQueryOptions(serviceId ?? ''), enabled: Boolean(serviceId) })
}
