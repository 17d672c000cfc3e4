import { ROUTES, withQuery } from '@/shared/routes'

/** The appointments subpackage's own pages (the booking entry is shared: ROUTES.appointmentBook). */
export const APPOINTMENT_TICKET_ROUTE = '/packages/appointments/ticket/index'
export const APPOINTMENT_RESCHEDULE_ROUTE = '/packages/appointments/reschedule/index'

/** Appointment ids are opaque platform ids, never personal data: fine in a URL. */
export const ticketRoute = (appointmentId: string) =>
  withQuery(APPOINTMENT_TICKET_ROUTE, { id: appointmentId })
export const rescheduleRoute = (appointmentId: string) =>
  withQuery(APPOINTMENT_RESCHEDULE_ROUTE, { id: appointmentId })

export const bookRoute = (selection: { serviceId?: string; hallId?: string; slotId?: string }) =>
  withQuery(ROUTES.appointmentBook, selection)
