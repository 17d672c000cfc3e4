import type { Handler } from './http'

export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024

export interface RouteOptions {
  /** Larger bodies get 413 PAYLOAD_TOO_LARGE. Default 1 MiB; uploads raise it. */
  maxBodyBytes?: number
  /** 'json' (default): the body must be application/json and is parsed. 'raw': handed over as bytes. */
  body?: 'json' | 'raw'
}

export interface Route {
  method: string
  pattern: string
  handler: Handler
  maxBodyBytes: number
  body: 'json' | 'raw'
  segments: string[]
}

export type RouteMatch =
  | { kind: 'found'; route: Route; params: Record<string, string> }
  | { kind: 'method_not_allowed'; allowed: string[] }
  | { kind: 'not_found' }

/** Simulator-only routes live under this prefix and do not exist in production. */
export const SIM_PREFIX = '/__sim'

/**
 * Method + path routing with `:param` segments, relative to /api/v1. A literal segment beats a parameter,
 * so /cases/lookup is not taken for /cases/:caseId whatever the registration order.
 */
export class Router {
  private readonly routes: Route[] = []

  constructor(private readonly options: { simRoutes: boolean }) {}

  get(pattern: string, handler: Handler, options?: RouteOptions): void {
    this.add('GET', pattern, handler, options)
  }
  post(pattern: string, handler: Handler, options?: RouteOptions): void {
    this.add('POST', pattern, handler, options)
  }
  put(pattern: string, handler: Handler, options?: RouteOptions): void {
    this.add('PUT', pattern, handler, options)
  }
  delete(pattern: string, handler: Handler, options?: RouteOptions): void {
    this.add('DELETE', pattern, handler, options)
  }

  private add(method: string, pattern: string, handler: Handler, options: RouteOptions = {}): void {
    // Dropping /__sim routes here, in one place, means no feature can leak a test backdoor into production.
    if (!this.options.simRoutes && isSimPath(pattern)) return
    if (this.routes.some((r) => r.method === method && r.pattern === pattern)) {
      throw new Error(`route registered twice: ${method} ${pattern}`)
    }
    this.routes.push({
      method,
      pattern,
      handler,
      maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      body: options.body ?? 'json',
      segments: splitPath(pattern),
    })
  }

  match(method: string, path: string): RouteMatch {
    const segments = splitPath(path)
    let best: { route: Route; params: Record<string, string>; literals: number } | undefined
    const allowed = new Set<string>()
    for (const route of this.routes) {
      const params = matchSegments(route.segments, segments)
      if (!params) continue
      allowed.add(route.method)
      if (route.method !== method) continue
      const literals = route.segments.filter((s) => !s.startsWith(':')).length
      if (!best || literals > best.literals) best = { route, params, literals }
    }
    if (best) return { kind: 'found', route: best.route, params: best.params }
    if (allowed.size > 0) return { kind: 'method_not_allowed', allowed: [...allowed].sort() }
    return { kind: 'not_found' }
  }
}

export function isSimPath(path: string): boolean {
  return path === SIM_PREFIX || path.startsWith(`${SIM_PREFIX}/`)
}

function splitPath(path: string): string[] {
  return path.split('/').filter((s) => s !== '')
}

function matchSegments(pattern: string[], actual: string[]): Record<string, string> | null {
  if (pattern.length !== actual.length) return null
  const params: Record<string, string> = {}
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i].startsWith(':')) {
      // Paths arrive percent-encoded; the dispatcher has already rejected undecodable ones.
      params[pattern[i].slice(1)] = decodeURIComponent(actual[i])
    } else if (pattern[i] !== actual[i]) {
      return null
    }
  }
  return params
}
