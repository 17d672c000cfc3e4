// Public surface of the feedback feature (办不成事反映 · 12345): the packages/cases pages import from here only.
export { FeedbackForm } from './components/FeedbackForm'
export { TicketList } from './components/TicketList'
export { HallPhones } from './components/HallPhones'
