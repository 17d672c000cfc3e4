import { queryOptions, useQuery } from '@tanstack/react-query'
import { CalendarResponseSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { appointmentKeys } from './keys'

/** The official calendar for a range (holidays, 调休, and days not yet published). */
export function getCalendar(from: string, to: string) {
  return apiRequest({
    method: 'GET',
    path: '/calendar',
    query: { from, to },
    schema: CalendarResponseSchema,
    auth: 'none',
  })
}

export const calendarQueryOptions = (from: string, to: string) =>
  queryOptions({
    queryKey: appointmentKeys.calendar(from, to),
    queryFn: () => getCalendar(from, to),
    staleTime: 24 * 60 * 60 * 1000,
  })

export function useCalendar(range: { from: string; to: string } | undefined) {
  return useQuery({ ...calendarQueryOptions(range?.from ?? '', range?.to ?? ''), enabled: Boolean(range) })
}
