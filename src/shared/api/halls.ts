import { queryOptions, useQuery } from '@tanstack/react-query'
import { HallListSchema } from '@contract/api/appointments'
import { apiRequest } from './client'

/** Hall lists change with the halls themselves, not during a citizen's visit. */
const HALLS_STALE_MS = 60 * 60 * 1000

/**
 * Query keys for GET /halls. Appointments, feedback and the guide read the same list, so they share one
 * cache entry; a service filter gets its own.
 */
export const hallKeys = {
  all: ['halls'] as const,
  list: (serviceId?: string) => [...hallKeys.all, serviceId ?? 'every'] as const,
}

/**
 * The halls with their addresses, hours and 咨询电话, 市民之家 first then by county. Given a service: only the
 * halls that take appointments for it.
 */
export function getHalls(serviceId?: string) {
  return apiRequest({
    method: 'GET',
    path: '/halls',
    query: { serviceId },
    schema: HallListSchema,
    auth: 'none',
  })
}

export const hallsQueryOptions = (serviceId?: string) =>
  queryOptions({
    queryKey: hallKeys.list(serviceId),
    queryFn: () => getHalls(serviceId),
    staleTime: HALLS_STALE_MS,
  })

/** Every hall, or those for one service; `enabled: false` waits (e.g. until a service is chosen). */
export function useHalls({ serviceId, enabled = true }: { serviceId?: string; enabled?: boolean } = {}) {
  return useQuery({ ...hallsQueryOptions(serviceId), enabled })
}
