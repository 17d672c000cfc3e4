// Public surface of the appointments feature for the main package (the 预约 tab): kept light on purpose.
// The booking flow, ticket (with its QR code) and reschedule pages import ./booking instead, so that code
// ships in the appointments subpackage and not in the main package every citizen downloads first.
export { MyAppointments } from './components/MyAppointments'
export { bookRoute, ticketRoute } from './routes'
