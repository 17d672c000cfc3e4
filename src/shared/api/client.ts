import * as v from 'valibot'
import {
  ApiErrorBodySchema,
  AuthTokensSchema,
  FieldErrorsSchema,
  RetryAfterDetailsSchema,
} from '@contract/api'
import { sendHttp, TransportError, type HttpRequest, type HttpResponse } from '../platform/request'
import { ApiError, FALLBACK_MESSAGES, connectionFailureMessage } from './errors'
import { endSession, sessionStore, startSession } from './session'

/** `API_BASE_URL` is injected at build time (config/index.ts); tests define it globally. */
const baseUrl = (): string => API_BASE_URL

export interface ApiCall<TSchema extends v.GenericSchema> {
  method: HttpRequest['method']
  path: string
  /** Validates the answer: the app never trusts a response's shape. */
  schema: TSchema
  body?: unknown
  query?: Record<string, string | number | undefined>
  /** `required`: refresh once on 401, then end the session; `none`: never send the token. */
  auth?: 'required' | 'optional' | 'none'
  idempotencyKey?: string
  timeoutMs?: number
}

const DEFAULT_TIMEOUT_MS = 15_000

type SessionExpiredListener = () => void
const sessionExpiredListeners = new Set<SessionExpiredListener>()

/** The app shell subscribes to send the citizen to login when a signed-in call can no longer be made. */
export function onSessionExpired(listener: SessionExpiredListener): () => void {
  sessionExpiredListeners.add(listener)
  return () => sessionExpiredListeners.delete(listener)
}

function buildUrl(path: string, query: ApiCall<v.GenericSchema>['query']): string {
  const params = Object.entries(query ?? {})
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&')
  return `${baseUrl()}${path}${params ? `?${params}` : ''}`
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  if (text.trim() === '') return { ok: true, value: null }
  try {
    return { ok: true, value: JSON.parse(text) }
  } catch {
    return { ok: false }
  }
}

function errorFromResponse(status: number, text: string): ApiError {
  const parsed = parseJson(text)
  const body = parsed.ok && v.is(ApiErrorBodySchema, parsed.value) ? parsed.value : undefined
  if (status >= 500) {
    return new ApiError({
      kind: 'server',
      status,
      code: body?.code ?? 'SERVER_ERROR',
      message: FALLBACK_MESSAGES.server,
    })
  }
  if (!body) {
    return new ApiError({
      kind: 'malformed',
      status,
      code: 'MALFORMED_ERROR',
      message: FALLBACK_MESSAGES.malformed,
    })
  }
  const details = body.details ?? {}
  return new ApiError({
    kind: status === 401 ? 'unauthenticated' : 'rejected',
    status,
    code: body.code,
    message: body.message,
    details,
    fieldErrors: v.is(FieldErrorsSchema, details.fields) ? details.fields : undefined,
    retryAfterSeconds: v.is(RetryAfterDetailsSchema, details) ? details.retryAfterSeconds : undefined,
  })
}

async function send(call: ApiCall<v.GenericSchema>, accessToken: string | null, etag?: string) {
  const headers: Record<string, string> = { Accept: 'application/json' }
  if (call.body !== undefined) headers['Content-Type'] = 'application/json'
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`
  if (call.idempotencyKey) headers['Idempotency-Key'] = call.idempotencyKey
  if (etag !== undefined) headers['If-None-Match'] = `"${etag}"`
  try {
    return await sendHttp({
      url: buildUrl(call.path, call.query),
      method: call.method,
      headers,
      body: call.body,
      timeoutMs: call.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    })
  } catch (error) {
    const kind = error instanceof TransportError ? error.reason : 'network'
    const message = connectionFailureMessage(kind, call.method !== 'GET')
    throw new ApiError({ kind, code: kind.toUpperCase(), message })
  }
}

// Several queries may hit 401 at once when the token expires; they share one refresh.
let refreshInFlight: Promise<boolean> | null = null

function refreshTokens(): Promise<boolean> {
  refreshInFlight ??= (async () => {
    const refreshToken = sessionStore.getState().refreshToken
    if (!refreshToken) return false
    try {
      const tokens = await apiRequest({
        method: 'POST',
        path: '/auth/refresh',
        body: { refreshToken },
        schema: AuthTokensSchema,
        auth: 'none',
      })
      startSession(tokens)
      return true
    } catch (error) {
      // Only a definite "no" ends the session; a dead network keeps it for the next try.
      if (error instanceof ApiError && (error.status === 401 || error.kind === 'rejected')) return false
      throw error
    }
  })().finally(() => {
    refreshInFlight = null
  })
  return refreshInFlight
}

function expireSession(): ApiError {
  const hadSession = sessionStore.getState().accessToken !== null
  endSession()
  if (hadSession) sessionExpiredListeners.forEach((listener) => listener())
  return new ApiError({
    kind: 'unauthenticated',
    status: 401,
    code: 'UNAUTHENTICATED',
    message: FALLBACK_MESSAGES.unauthenticated,
  })
}

/**
 * One platform call: sends, refreshes the session once on 401, parses and validates the answer.
 * Every failure becomes an ApiError with a plain-Chinese message, so pages never see raw errors.
 */
export async function apiRequest<TSchema extends v.GenericSchema>(
  call: ApiCall<TSchema>,
): Promise<v.InferOutput<TSchema>> {
  return validated(call, await exchange(call))
}

/**
 * A conditional GET for data the device keeps (the catalog index): sends `If-None-Match` with the ETag of
 * the copy held and resolves to `null` when the platform answers 304, i.e. that copy is still current.
 */
export async function apiRequestIfChanged<TSchema extends v.GenericSchema>(
  call: ApiCall<TSchema>,
  etag: string | undefined,
): Promise<v.InferOutput<TSchema> | null> {
  const response = await exchange(call, etag)
  return response.status === 304 && etag !== undefined ? null : validated(call, response)
}

async function exchange(call: ApiCall<v.GenericSchema>, etag?: string) {
  const auth = call.auth ?? 'optional'
  const token = auth === 'none' ? null : sessionStore.getState().accessToken
  if (auth === 'required' && !token) throw expireSession()

  let response = await send(call, token, etag)
  if (response.status === 401 && token) {
    if (!(await refreshTokens())) throw expireSession()
    response = await send(call, sessionStore.getState().accessToken, etag)
    if (response.status === 401) throw expireSession()
  }
  return response
}

function validated<TSchema extends v.GenericSchema>(
  call: ApiCall<TSchema>,
  response: HttpResponse,
): v.InferOutput<TSchema> {
  if (response.status < 200 || response.status >= 300) throw errorFromResponse(response.status, response.text)

  // Not JSON, or not the contract's shape: either way the answer cannot be trusted.
  const parsed = parseJson(response.text)
  const result = parsed.ok ? v.safeParse(call.schema, parsed.value) : undefined
  if (!result?.success) {
    throw new ApiError({
      kind: 'malformed',
      status: response.status,
      code: 'MALFORMED_RESPONSE',
      message: FALLBACK_MESSAGES.malformed,
    })
  }
  return result.output
}
