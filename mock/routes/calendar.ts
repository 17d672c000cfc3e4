import { type CalendarDay, CalendarQuerySchema } from '../../types/api/appointments'
import { calendarDay, type CalendarData, eachDate } from '../../types/rules/calendar'
import type { Feature } from '../framework/context'
import { json } from '../framework/http'
import { parseQuery } from '../framework/validate'
import { PLATFORM_CALENDAR } from '../seed/calendar'

/** The days of a range as the contract sends them: a date of an unpublished year is `unknown`. */
function calendarDays(calendar: CalendarData, from: string, to: string): CalendarDay[] {
  return eachDate(from, to).map((date) => {
    const entry = calendarDay(calendar, date)
    if (!entry) return { date, kind: 'unknown' }
    return entry.name ? { date, kind: entry.kind, name: entry.name } : { date, kind: entry.kind }
  })
}

/** GET /calendar: public, like the State Council's notices it serves. */
export const calendarFeature: Feature = {
  name: 'calendar',
  register(router) {
    router.get('/calendar', (req) => {
      const { from, to } = parseQuery(req, CalendarQuerySchema)
      return json(200, { from, to, days: calendarDays(PLATFORM_CALENDAR, from, to) })
    })
  },
}
