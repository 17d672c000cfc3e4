import { useMutation, useQueryClient } from '@tanstack/react-query'
import { AppointmentSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { useIntentKeys } from './intentKeys'
import { appointmentKeys } from './keys'
import { refreshBookings } from './refreshBookings'

export interface RescheduleVariables {
  appointmentId: string
  slotId: string
}

/** Atomic on the platform: the old slot stays booked unless the new one is confirmed. */
export function rescheduleAppointment(
  { appointmentId, slotId }: RescheduleVariables,
  idempotencyKey: string,
) {
  return apiRequest({
    method: 'POST',
    path: `/appointments/${encodeURIComponent(appointmentId)}/reschedule`,
    body: { slotId },
    schema: AppointmentSchema,
    auth: 'required',
    idempotencyKey,
  })
}

export function useRescheduleAppointment() {
  const queryClient = useQueryClient()
  const withKey = useIntentKeys()
  return useMutation({
    mutationFn: (variables: RescheduleVariables) =>
      withKey(variables, (key) => rescheduleAppointment(variables, key)),
    onSuccess: (appointment) =>
      queryClient.setQueryData(appointmentKeys.detail(appointment.appointmentId), appointment),
    onSettled: () => refreshBookings(queryClient),
  })
}
