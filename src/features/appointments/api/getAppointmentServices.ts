import { queryOptions, useQuery } from '@tanstack/react-query'
import { AppointmentServiceListSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { appointmentKeys } from './keys'

/** Every service some hall takes appointments for. */
export function getAppointmentServices() {
  return apiRequest({
    method: 'GET',
    path: '/appointments/services',
    schema: AppointmentServiceListSchema,
    auth: 'none',
  })
}

export const appointmentServicesQueryOptions = () =>
  queryOptions({
    queryKey: appointmentKeys.services(),
    queryFn: getAppointmentServices,
    staleTime: 60 * 60 * 1000,
  })

export function useAppointmentServices() {
  return useQuery(appointmentServicesQueryOptions())
}
