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

type GlobToken = { kind: 'char'; char: string } | { kind: 'star' } | { kind: 'globstar' }

/**
 * Compiles a glob (`*` = any characters but `/`, `**` = any characters) into a matcher that runs in
 * O(path × pattern) steps whatever the pattern: it walks the pattern's positions as a set, one character
 * of the path at a time (a Thompson NFA), instead of a backtracking RegExp — with one `.*` per `**`,
 * `/**a**a**a…!` took seconds to forever on every later request.
 */
function compileGlob(glob: string): (path: string) => boolean {
  const tokens: GlobToken[] = []
  for (let i = 0; i < glob.length; i++) {
    if (glob[i] !== '*') {
      tokens.push({ kind: 'char', char: glob[i] })
      continue
    }
    let run = 1
    while (glob[i + 1] === '*') {
      run += 1
      i += 1
    }
    // `***` spans segments like `**`; several stars in a row match what the widest of them does.
    tokens.push({ kind: run >= 2 ? 'globstar' : 'star' })
  }
  const size = tokens.length + 1

  // A star may match nothing, so reaching it also reaches the position after it.
  function close(active: Uint8Array): void {
    for (let i = 0; i < tokens.length; i++) if (active[i] && tokens[i].kind !== 'char') active[i + 1] = 1
  }

  return (path) => {
    let active = new Uint8Array(size)
    active[0] = 1
    close(active)
    for (let at = 0; at < path.length; at++) {
      const char = path[at]
      const next = new Uint8Array(size)
      for (let i = 0; i < tokens.length; i++) {
        if (!active[i]) continue
        const token = tokens[i]
        if (token.kind === 'char') {
          if (token.char === char) next[i + 1] = 1
        } else if (token.kind === 'globstar' || char !== '/') {
          next[i] = 1
        }
      }
      if (!next.includes(1)) return false
      close(next)
      active = next
    }
    return active[tokens.length] === 1
  }
}

/** A rule's `route` as a test on the request path: everything, a path prefix, or a glob. */
function routeMatcher(route: string | undefined): (path: string) => boolean {
  if (route === undefined || route === '' || route === '/') return () => true
  const relative = route.startsWith(API_PREFIX) ? route.slice(API_PREFIX.length) : route
  if (relative.includes('*')) return compileGlob(relative)
  const prefix = relative.replace(/\/+$/, '')
  return (path) => path === prefix || path.startsWith(`${prefix}/`)
}

export function createFaultInjector(random: () => number = Math.random): FaultInjector {
  let rules: FaultRule[] = []
  // Compiled once when the rule is added, not on every request.
  const matchers = new WeakMap<FaultRule, (path: string) => boolean>()
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
      matchers.set(rule, routeMatcher(rule.route))
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
          (r.method === undefined || r.method === method) &&
          (matchers.get(r)?.(path) ?? false) &&
          random() < r.rate,
      )
      if (rule?.times !== undefined) {
        rule.times -= 1
        if (rule.times <= 0) rules = rules.filter((r) => r !== rule)
      }
      return rule
    },
  }
}
