import type { ErrorCode } from '../../types/api/common'
import type { Clock } from './clock'
import { tooManyRequests } from './errors'
import { getOwn } from './records'

export interface RateRule {
  limit: number
  windowSeconds: number
  /** A more specific 429 than RATE_LIMITED, with its own message. */
  code?: ErrorCode
  message?: string
}

/** Hit timestamps (simulator clock, ms) per key, oldest first. Kept in state so a restart keeps the limits. */
export type RateLimitState = Record<string, number[]>

/**
 * Sliding-window limiter keyed by any string ("sms-send:<phone>", "case-lookup:<caseNo>"). `consume` counts
 * every call; `check` + `record` let a feature count only failures (e.g. wrong lookups) while still refusing
 * once the limit is reached.
 */
export interface RateLimiter {
  consume(key: string, rule: RateRule): void
  check(key: string, rule: RateRule): void
  record(key: string, rule: RateRule): void
}

export function createRateLimiter(deps: {
  state: () => RateLimitState
  clock: Clock
  persist: () => void
}): RateLimiter {
  const { clock, persist } = deps

  function liveHits(key: string, rule: RateRule): number[] {
    const state = deps.state()
    const since = clock.nowMs() - rule.windowSeconds * 1000
    const hits = (getOwn(state, key) ?? []).filter((t) => t > since)
    if (hits.length > 0) state[key] = hits
    else delete state[key]
    return hits
  }

  function check(key: string, rule: RateRule): void {
    const hits = liveHits(key, rule)
    if (hits.length < rule.limit) return
    // The window slides: the caller may try again once the oldest counted hit falls out of it.
    const retryAfterMs = hits[hits.length - rule.limit] + rule.windowSeconds * 1000 - clock.nowMs()
    throw tooManyRequests(retryAfterMs / 1000, rule.code, rule.message)
  }

  function record(key: string, rule: RateRule): void {
    const hits = liveHits(key, rule)
    deps.state()[key] = [...hits, clock.nowMs()]
    persist()
  }

  return {
    check,
    record,
    consume(key, rule) {
      check(key, rule)
      record(key, rule)
    },
  }
}
