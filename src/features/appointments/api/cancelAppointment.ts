import { useMutation, useQueryClient } from '@tanstack/react-query'
import { AppointmentSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { appointmentKeys } from './keys'
import { refreshBookings } from './refreshBookings'

export function cancelAppointment(appointmentId: string) {
  return apiRequest({
    method: 'POST',
    path: `/appointments/${encodeURIComponent(appointmentId)}/cancel`,
    schema: AppointmentSchema,
    auth: 'required',
  })
}

export function useCancelAppointment() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: cancelAppointment,
    onSuccess: (appointment) =>
      queryClient.setQueryData(appointmentKeys.detail(appointment.appointmentId), appointment),
    onSettled: () => refreshBookings(queryClient),
  })
}
