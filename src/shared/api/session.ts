import * as v from 'valibot'
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import { MeSchema, type AuthTokens, type Me } from '@contract/api'
import { readJson, removeKey, writeJson } from '../platform/storage'

/**
 * The signed-in citizen, shared by every feature (each feature's calls need the token).
 * Persisted so a killed app stays signed in; `user` holds only the masked profile the platform returns.
 */
const PersistedSessionSchema = v.object({
  accessToken: v.string(),
  refreshToken: v.string(),
  user: MeSchema,
})
type PersistedSession = v.InferOutput<typeof PersistedSessionSchema>

const STORAGE_KEY = 'ttb.session.v1'

export interface SessionState {
  accessToken: string | null
  refreshToken: string | null
  user: Me | null
}

const isPersistedSession = (value: unknown): value is PersistedSession => v.is(PersistedSessionSchema, value)

function loadSession(): SessionState {
  const saved = readJson(STORAGE_KEY, isPersistedSession)
  return saved ?? { accessToken: null, refreshToken: null, user: null }
}

export const sessionStore = createStore<SessionState>(() => loadSession())

sessionStore.subscribe((state) => {
  if (state.accessToken && state.refreshToken && state.user) {
    writeJson(STORAGE_KEY, {
      accessToken: state.accessToken,
      refreshToken: state.refreshToken,
      user: state.user,
    })
  } else {
    removeKey(STORAGE_KEY)
  }
})

export function startSession(tokens: AuthTokens): void {
  sessionStore.setState({
    accessToken: tokens.accessToken,
    refreshToken: tokens.refreshToken,
    user: tokens.user,
  })
}

export function updateUser(user: Me): void {
  if (sessionStore.getState().accessToken) sessionStore.setState({ user })
}

export function endSession(): void {
  sessionStore.setState({ accessToken: null, refreshToken: null, user: null })
}

export function useSession<T>(select: (state: SessionState) => T): T {
  return useStore(sessionStore, select)
}

export const isSignedIn = (state: SessionState): boolean => state.accessToken !== null
