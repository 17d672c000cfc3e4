// Public surface of the appointments feature for its subpackage pages (src/packages/appointments): the
// booking flow, the ticket and rescheduling. Main-package pages import ./index, never this file.
export { BookingFlow } from './components/BookingFlow'
export { AppointmentTicket } from './components/AppointmentTicket'
export { RescheduleFlow } from './components/RescheduleFlow'
