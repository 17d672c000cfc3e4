import type { SimState } from '../state'
import type { Auth } from './auth'
import type { Clock } from './clock'
import type { Idempotent } from './idempotency'
import type { RateLimiter } from './rateLimit'
import type { Router } from './router'

/** What a feature module gets to build its routes with. */
export interface SimContext {
  /** The live state; read it through ctx on every request (POST /__sim/reset replaces it). */
  readonly state: SimState
  clock: Clock
  /** Schedules a save. The dispatcher already saves after every non-GET request; GET handlers that change
   * state (lazy bookkeeping) call it themselves. */
  persist(): void
  auth: Auth
  idempotent: Idempotent
  rateLimit: RateLimiter
  /** NODE_ENV=production: no /__sim routes, no SMS dev codes. */
  production: boolean
}

/** A feature of the platform (identity, catalog, cases, …): a slice of state plus its routes. */
export interface Feature {
  name: string
  register(router: Router, ctx: SimContext): void
}
