import type { Feature } from '../framework/context'
import { appointmentsFeature } from './appointments'
import { calendarFeature } from './calendar'
import { catalogFeature } from './catalog'
import { identityFeature } from './identity'

/**
 * Every feature of the platform simulator, in one place. A new feature adds its module here (and its state
 * slice in ../state.ts); see mock/README.md.
 */
export const features: Feature[] = [identityFeature, catalogFeature, calendarFeature, appointmentsFeature]
