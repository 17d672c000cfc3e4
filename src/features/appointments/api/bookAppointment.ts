import { useMutation, useQueryClient } from '@tanstack/react-query'
import { AppointmentSchema, type BookAppointmentRequest } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { useIntentKeys } from './intentKeys'
import { appointmentKeys } from './keys'
import { refreshBookings } from './refreshBookings'

export function bookAppointment(request: BookAppointmentRequest, idempotencyKey: string) {
  return apiRequest({
    method: 'POST',
    path: '/appointments',
    body: request,
    schema: AppointmentSchema,
    auth: 'required',
    idempotencyKey,
  })
}

export function useBookAppointment() {
  const queryClient = useQueryClient()
  const withKey = useIntentKeys()
  return useMutation({
    mutationFn: (request: BookAppointmentRequest) => withKey(request, (key) => bookAppointment(request, key)),
    onSuccess: (appointment) =>
      queryClient.setQueryData(appointmentKeys.detail(appointment.appointmentId), appointment),
    onSettled: () => refreshBookings(queryClient),
  })
}
