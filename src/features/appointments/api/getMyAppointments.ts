import { queryOptions, useQuery } from '@tanstack/react-query'
import { AppointmentSchema, MAX_PAGE_LIMIT, pageSchema } from '@contract/api'
import { apiRequest } from '@/shared/api/client'
import { isSignedIn, useSession } from '@/shared/api/session'
import { appointmentKeys } from './keys'

const AppointmentPageSchema = pageSchema(AppointmentSchema)

/** My appointments, upcoming first: the first page holds the 50 most relevant, which is all anyone has. */
export function getMyAppointments() {
  return apiRequest({
    method: 'GET',
    path: '/appointments',
    query: { limit: MAX_PAGE_LIMIT },
    schema: AppointmentPageSchema,
    auth: 'required',
  })
}

export const myAppointmentsQueryOptions = () =>
  queryOptions({ queryKey: appointmentKeys.list(), queryFn: getMyAppointments })

export function useMyAppointments() {
  const signedIn = useSession(isSignedIn)
  return useQuery({ ...myAppointmentsQueryOptions(), enabled: signedIn })
}
