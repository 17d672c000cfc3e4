import { queryOptions, useQuery } from '@tanstack/react-query'
import { BookingWindowSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { appointmentKeys } from './keys'

/** The bookable dates by the platform's clock (a phone's own date may be wrong). */
export function getBookingWindow() {
  return apiRequest({
    method: 'GET',
    path: '/appointments/window',
    schema: BookingWindowSchema,
    auth: 'none',
  })
}

export const bookingWindowQueryOptions = () =>
  queryOptions({ queryKey: appointmentKeys.window(), queryFn: getBookingWindow, staleTime: 5 * 60 * 1000 })

export function useBookingWindow() {
  return useQuery(bookingWindowQueryOptions())
}
