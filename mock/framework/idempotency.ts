import { createHash } from 'node:crypto'

import type { Auth } from './auth'
import type { Clock } from './clock'
import { ApiError, badRequest } from './errors'
import type { ApiResponse, Handler } from './http'
import { getOwn } from './records'

/** How long a key is remembered; a client retrying later than this is making a new request. */
export const IDEMPOTENCY_TTL_SECONDS = 24 * 3600

export interface IdempotencyRecord {
  fingerprint: string
  status: number
  body?: unknown
  headers?: Record<string, string>
  storedAtMs: number
}
export type IdempotencyState = Record<string, IdempotencyRecord>

/** Wraps a creating handler so that a retry with the same Idempotency-Key cannot create twice. */
export type Idempotent = (handler: Handler) => Handler

/**
 * JSON with object keys sorted, so {a,b} and {b,a} are the same request. It runs before the handler
 * validates anything, on whatever JSON arrived (up to the body limit, so possibly nested thousands deep):
 * it walks the value with a work list instead of recursing, so no body can overflow the stack.
 */
export function stableJson(value: unknown): string {
  const out: string[] = []
  // Popped from the end: `{ value }` is still to be written, a string is written as is.
  const todo: Array<{ value: unknown } | string> = [{ value }]
  while (todo.length > 0) {
    const next = todo.pop() as { value: unknown } | string
    if (typeof next === 'string') {
      out.push(next)
      continue
    }
    const current = next.value
    if (Array.isArray(current)) {
      const parts: Array<{ value: unknown } | string> = ['[']
      current.forEach((item: unknown, i) => {
        if (i > 0) parts.push(',')
        parts.push({ value: item })
      })
      parts.push(']')
      for (let i = parts.length - 1; i >= 0; i--) todo.push(parts[i])
    } else if (current !== null && typeof current === 'object') {
      const record = current as Record<string, unknown>
      const keys = Object.keys(record)
        .sort()
        .filter((k) => record[k] !== undefined)
      const parts: Array<{ value: unknown } | string> = ['{']
      keys.forEach((k, i) => {
        parts.push(`${i > 0 ? ',' : ''}${JSON.stringify(k)}:`)
        parts.push({ value: record[k] })
      })
      parts.push('}')
      for (let i = parts.length - 1; i >= 0; i--) todo.push(parts[i])
    } else {
      out.push(JSON.stringify(current) ?? 'null')
    }
  }
  return out.join('')
}

// Server errors and rate limits are transient: the client should be able to retry them for real.
function isFinal(status: number): boolean {
  return status < 500 && status !== 429
}

export function createIdempotency(deps: {
  state: () => IdempotencyState
  clock: Clock
  auth: Auth
  persist: () => void
}): Idempotent {
  const inFlight = new Map<string, { fingerprint: string; response: Promise<ApiResponse> }>()

  function conflict(): ApiError {
    return new ApiError(409, 'IDEMPOTENCY_CONFLICT', '该请求已提交过，但内容不同，请刷新后重新提交')
  }

  function remember(scope: string, record: IdempotencyRecord): void {
    const state = deps.state()
    const expiredBefore = record.storedAtMs - IDEMPOTENCY_TTL_SECONDS * 1000
    // Records are added in time order and objects keep insertion order, so the expired ones are at the
    // front: stop at the first live one instead of scanning every key on every write.
    for (const k in state) {
      if ((state[k]?.storedAtMs ?? 0) > expiredBefore) break
      delete state[k]
    }
    state[scope] = record
    deps.persist()
  }

  const idempotent: Idempotent = (handler) => async (req) => {
    const key = req.headers['idempotency-key']
    if (key === undefined) return handler(req)
    if (typeof key !== 'string' || key.length === 0 || key.length > 255) throw badRequest()

    // Keys are scoped per user and route: two citizens (or two endpoints) may happen to pick the same key.
    const userId = deps.auth.requireUser(req)
    const scope = `${userId} ${req.method} ${req.pattern} ${key}`
    const fingerprint = createHash('sha256')
      .update(`${req.path}\n${stableJson(req.body)}`)
      .digest('hex')

    const state = deps.state()
    const nowMs = deps.clock.nowMs()
    const stored = getOwn(state, scope)
    if (stored && stored.storedAtMs + IDEMPOTENCY_TTL_SECONDS * 1000 > nowMs) {
      if (stored.fingerprint !== fingerprint) throw conflict()
      return {
        status: stored.status,
        body: stored.body,
        headers: { ...stored.headers, 'Idempotent-Replayed': 'true' },
      }
    }

    // A duplicate arriving while the first is still being handled waits for it instead of running again.
    const running = inFlight.get(scope)
    if (running) {
      if (running.fingerprint !== fingerprint) throw conflict()
      const response = await running.response
      return { ...response, headers: { ...response.headers, 'Idempotent-Replayed': 'true' } }
    }

    const response = Promise.resolve().then(() => handler(req))
    inFlight.set(scope, { fingerprint, response })
    try {
      const result = await response
      if (isFinal(result.status)) remember(scope, { fingerprint, ...result, storedAtMs: nowMs })
      return result
    } catch (err) {
      if (err instanceof ApiError && isFinal(err.status)) {
        remember(scope, {
          fingerprint,
          status: err.status,
          body: err.toBody(),
          headers: err.headers,
          storedAtMs: nowMs,
        })
      }
      throw err
    } finally {
      inFlight.delete(scope)
    }
  }

  return idempotent
}
