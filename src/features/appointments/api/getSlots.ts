import { queryOptions, useQuery } from '@tanstack/react-query'
import { SlotListSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { appointmentKeys } from './keys'

/** Every slot of the booking window for a service at a hall, with the places left. */
export function getSlots(hallId: string, serviceId: string) {
  return apiRequest({
    method: 'GET',
    path: '/slots',
    query: { hallId, serviceId },
    schema: SlotListSchema,
    auth: 'none',
  })
}

export const slotsQueryOptions = (hallId: string, serviceId: string) =>
  queryOptions({
    queryKey: appointmentKeys.slots(hallId, serviceId),
    queryFn: () => getSlots(hallId, serviceId),
    // Places go fast at busy times: refetch on every visit rather than show old counts.
    staleTime: 0,
  })

export function useSlots(hallId: string | undefined, serviceId: string | undefined) {
  return useQuery({
    ...slotsQueryOptions(hallId ?? '', serviceId ?? ''),
    enabled: Boolean(hallId && serviceId),
  })
}
