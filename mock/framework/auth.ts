import { randomBytes } from 'node:crypto'

import type { Clock } from './clock'
import { unauthenticated } from './errors'
import type { SimRequest } from './http'
import { getOwn } from './records'

export const ACCESS_TOKEN_TTL_SECONDS = 7200
export const REFRESH_TOKEN_TTL_SECONDS = 30 * 24 * 3600

/** Tokens are opaque random strings; the platform is the only one who can tell what they mean. */
export interface AuthState {
  access: Record<string, { userId: string; refreshToken: string; expiresAtMs: number }>
  refresh: Record<string, { userId: string; expiresAtMs: number }>
}

export interface IssuedTokens {
  accessToken: string
  refreshToken: string
  expiresIn: number
}

export interface Auth {
  issue(userId: string): IssuedTokens
  /** Trades a live refresh token for a new pair; the old refresh token stops working at once. */
  rotate(refreshToken: string): { userId: string; tokens: IssuedTokens }
  /** Logout: the refresh token and the access tokens issued with it stop working. Unknown tokens are ignored. */
  revoke(refreshToken: string): void
  /** The id of the user behind the bearer token, or 401 UNAUTHENTICATED. */
  requireUser(req: SimRequest): string
}

function newToken(): string {
  return randomBytes(24).toString('base64url')
}

export function createAuth(deps: { state: () => AuthState; clock: Clock; persist: () => void }): Auth {
  const { clock, persist } = deps

  function dropExpired(state: AuthState, nowMs: number): void {
    for (const [token, t] of Object.entries(state.access))
      if (t.expiresAtMs <= nowMs) delete state.access[token]
    for (const [token, t] of Object.entries(state.refresh))
      if (t.expiresAtMs <= nowMs) delete state.refresh[token]
  }

  function issue(userId: string): IssuedTokens {
    const state = deps.state()
    const nowMs = clock.nowMs()
    dropExpired(state, nowMs)
    const accessToken = newToken()
    const refreshToken = newToken()
    state.access[accessToken] = { userId, refreshToken, expiresAtMs: nowMs + ACCESS_TOKEN_TTL_SECONDS * 1000 }
    state.refresh[refreshToken] = { userId, expiresAtMs: nowMs + REFRESH_TOKEN_TTL_SECONDS * 1000 }
    persist()
    return { accessToken, refreshToken, expiresIn: ACCESS_TOKEN_TTL_SECONDS }
  }

  return {
    issue,

    rotate(refreshToken) {
      const state = deps.state()
      const entry = getOwn(state.refresh, refreshToken)
      if (!entry || entry.expiresAtMs <= clock.nowMs()) throw unauthenticated()
      delete state.refresh[refreshToken]
      return { userId: entry.userId, tokens: issue(entry.userId) }
    },

    revoke(refreshToken) {
      const state = deps.state()
      delete state.refresh[refreshToken]
      for (const [token, t] of Object.entries(state.access)) {
        if (t.refreshToken === refreshToken) delete state.access[token]
      }
      persist()
    },

    requireUser(req) {
      const match = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization ?? '')
      const state = deps.state()
      const entry = match ? getOwn(state.access, match[1]) : undefined
      if (!entry || entry.expiresAtMs <= clock.nowMs()) throw unauthenticated()
      return entry.userId
    },
  }
}
