import type { Feature } from '../framework/context'
import { applicationsFeature } from './applications'
import { appointmentsFeature } from './appointments'
import { calendarFeature } from './calendar'
import { catalogFeature } from './catalog'
import { casesFeature } from './cases'
import { draftsFeature } from './drafts'
import { feedbackFeature } from './feedback'
import { formsFeature } from './forms'
import { identityFeature } from './identity'
import { ratingsFeature } from './ratings'
import { uploadsFeature } from './uploads'

/**
 * Every feature of the platform simulator, in one place. A new feature adds its module here (and its state
 * slice in ../state.ts); see mock/README.md.
 */
export const features: Feature[] = [
  identityFeature,
  catalogFeature,
  calendarFeature,
  appointmentsFeature,
  uploadsFeature,
  casesFeature,
  ratingsFeature,
  feedbackFeature,
  formsFeature,
  draftsFeature,
  applicationsFeature,
]
