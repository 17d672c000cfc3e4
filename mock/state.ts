import type { AuthState } from './framework/auth'
import type { IdempotencyState } from './framework/idempotency'
import type { RateLimitState } from './framework/rateLimit'
import { type AppointmentsState, seedAppointments } from './seed/appointments'
import { type CasesState, emptyCases } from './seed/cases'
import { type IdentityState, seedIdentity } from './seed/identity'
import { seedFormHistory } from './seed/forms/history'
import { emptyRatings, type RatingsState } from './seed/ratings'
import { type ApplicationsState, emptyApplications } from './routes/applications'
import type { DraftsState } from './routes/drafts'
import type { FeedbackState } from './routes/feedback'
import type { UploadsState } from './routes/uploads'

/**
 * The simulator's whole state: one JSON-serialisable object, one slice per concern. A feature adds its slice
 * type here and its seed in `seedState`. Bump STATE_VERSION when a slice changes shape incompatibly: saved
 * files from an older version are then set aside instead of being misread.
 */
export const STATE_VERSION = 1

export interface SimState {
  version: number
  sim: { clockOffsetMs: number }
  auth: AuthState
  idempotency: IdempotencyState
  rateLimits: RateLimitState
  identity: IdentityState
  appointments: AppointmentsState
  /** Seed cases are laid out on the clock on first read (see seed/cases.ts). */
  cases: CasesState
  ratings: RatingsState
  feedback: FeedbackState
  uploads: UploadsState
  drafts: DraftsState
  applications: ApplicationsState
}

export function seedState(clockOffsetMs = 0): SimState {
  return {
    version: STATE_VERSION,
    sim: { clockOffsetMs },
    auth: { access: {}, refresh: {} },
    idempotency: {},
    rateLimits: {},
    identity: { ...seedIdentity(), formHistory: seedFormHistory() },
    appointments: seedAppointments(),
    cases: emptyCases(),
    ratings: emptyRatings(),
    feedback: { nextSeq: 1, tickets: {} },
    uploads: { files: {} },
    drafts: { byCitizen: {} },
    applications: emptyApplications(),
  }
}

/**
 * Accepts a saved state of this version. A slice missing from the file (a feature added since it was saved)
 * starts from its seed, so adding a feature never invalidates a developer's saved state.
 */
export function reviveState(loaded: unknown): SimState | null {
  if (loaded === null || typeof loaded !== 'object' || Array.isArray(loaded)) return null
  if ((loaded as { version?: unknown }).version !== STATE_VERSION) return null
  return { ...seedState(), ...(loaded as Partial<SimState>) }
}
