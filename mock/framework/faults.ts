import type { ErrorCode } from '../../types/api/common'
import type { SimFaultRequest } from '../../types/api/sim'
import { API_PREFIX } from '../../types/api/common'

/**
 * Injected failures for tests: latency, error statuses and dropped connections, optionally only after the
 * handler has done (and committed) its work — the case a client cannot tell from a timeout, and the reason
 * creating requests carry an Idempotency-Key. Faults live in memory only and never touch /__sim routes, so
 * a test can always clear them.
 */
export interface FaultRule {
  id: string
  /** Path prefix ("/applications") or glob ("/cases/*\/supplements", "**" spans segments) under /api/v1. */
  route?: string
  method?: string
  /** An error status to answer with; absent = only delay (or drop). */
  status?: number
  code?: ErrorCode
  delayMs: number
  /** Probability (0..1) that a matching request is hit. */
  rate: number
  /** Hits left before the rule retires itself; absent = unlimited. */
  times?: number
  /** Destroy the socket instead of answering. */
  drop: boolean
  /** Let the handler run and commit first, then delay/drop/replace its response. */
  after: boolean
}

export interface FaultInjector {
  add(request: SimFaultRequest): FaultRule
  list(): FaultRule[]
  clear(): void
  /** The rule that hits this request, if any (counting down its `times`). */
  take(method: string, path: string): FaultRule | undefined
}

function globToRegExp(glob: string): RegExp {
  const body = glob
    .split(/(\*\*|\*)/)
    .map((part) =>
      part === '**' ? '.*' : part === '*' ? '[^/]*' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'),
    )
    .join('')
  return new RegExp(`^${body}$`)
}

function routeMatches(route: string | undefined, path: string): boolean {
  if (route === undefined || route === '' || route === '/') return true
  const relative = route.startsWith(API_PREFIX) ? route.slice(API_PREFIX.length) : route
  if (relative.includes('*')) return globToRegExp(relative).test(path)
  const prefix = relative.replace(/\/+$/, '')
  return path === prefix || path.startsWith(`${prefix}/`)
}

export function createFaultInjector(random: () => number = Math.random): FaultInjector {
  let rules: FaultRule[] = []
  let nextId = 1

  return {
    add(request) {
      const drop = request.drop === true || request.status === 0
      const rule: FaultRule = {
        id: `fault-${nextId++}`,
        route: request.route,
        method: request.method?.toUpperCase(),
        status: drop ? undefined : request.status,
        code: request.code,
        delayMs: request.delayMs ?? 0,
        rate: request.rate ?? 1,
        times: request.times,
        drop,
        after: request.after === true,
      }
      rules.push(rule)
      return rule
    },
    list: () => rules.map((r) => ({ ...r })),
    clear() {
      rules = []
    },
    take(method, path) {
      const rule = rules.find(
        (r) =>
          (r.method === undefined || r.method === method) && routeMatches(r.route, path) && random() < r.rate,
      )
      if (rule?.times !== undefined) {
        rule.times -= 1
        if (rule.times <= 0) rules = rules.filter((r) => r !== rule)
      }
      return rule
    },
  }
}
