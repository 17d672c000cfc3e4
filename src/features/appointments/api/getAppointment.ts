import { queryOptions, useQuery } from '@tanstack/react-query'
import { AppointmentSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { isSignedIn, useSession } from '@/shared/api/session'
import { appointmentKeys } from './keys'

export function getAppointment(appointmentId: string) {
  return apiRequest({
    method: 'GET',
    path: `/appointments/${encodeURIComponent(appointmentId)}`,
    schema: AppointmentSchema,
    auth: 'required',
  })
}

export const appointmentQueryOptions = (appointmentId: string) =>
  queryOptions({
    queryKey: appointmentKeys.detail(appointmentId),
    queryFn: () => getAppointment(appointmentId),
  })

export function useAppointment(appointmentId: string | undefined) {
  const signedIn = useSession(isSignedIn)
  return useQuery({
    ...appointmentQueryOptions(appointmentId ?? ''),
    enabled: signedIn && Boolean(appointmentId),
  })
}
