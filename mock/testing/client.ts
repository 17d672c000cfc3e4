import type { TestContext } from 'node:test'

import { API_PREFIX } from '../../types/api/common'
import { type RunningSimulator, type SimulatorOptions, startSimulator } from '../app'

/** What a caller of the API sees: status, headers and the parsed JSON body (undefined when empty). */
export interface ApiResult {
  status: number
  headers: Headers
  body: any // eslint-disable-line @typescript-eslint/no-explicit-any -- tests assert on arbitrary shapes
}

export interface RequestOptions {
  body?: unknown
  /** Sent as is (no JSON encoding), for malformed and oversized bodies. */
  rawBody?: string | Buffer
  token?: string
  headers?: Record<string, string>
  timeoutMs?: number
}

export interface Api {
  request(method: string, path: string, options?: RequestOptions): Promise<ApiResult>
  get(path: string, options?: RequestOptions): Promise<ApiResult>
  post(path: string, body?: unknown, options?: RequestOptions): Promise<ApiResult>
}

export function apiClient(baseUrl: string): Api {
  async function request(method: string, path: string, options: RequestOptions = {}): Promise<ApiResult> {
    const headers: Record<string, string> = { ...options.headers }
    // A copy: fetch's types take only ArrayBuffer-backed views, a Buffer may sit on a shared pool.
    let payload: string | Uint8Array<ArrayBuffer> | undefined =
      typeof options.rawBody === 'string' || options.rawBody === undefined
        ? options.rawBody
        : new Uint8Array(options.rawBody)
    if (payload === undefined && options.body !== undefined) payload = JSON.stringify(options.body)
    if (payload !== undefined) headers['content-type'] ??= 'application/json'
    if (options.token) headers.authorization = `Bearer ${options.token}`
    const res = await fetch(`${baseUrl}${API_PREFIX}${path}`, {
      method,
      headers,
      body: payload,
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    })
    const text = await res.text()
    return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) }
  }
  return {
    request,
    get: (path, options) => request('GET', path, options),
    post: (path, body, options) => request('POST', path, { ...options, body }),
  }
}

/** An in-memory simulator on a free port, closed when the test ends. */
export async function startTestSimulator(
  t: TestContext,
  options: SimulatorOptions = {},
): Promise<{ sim: RunningSimulator; api: Api }> {
  const sim = await startSimulator({ port: 0, stateFile: null, ...options })
  t.after(() => sim.close())
  return { sim, api: apiClient(sim.url) }
}

/** Logs a seeded or new citizen in through /__sim/login and returns the access token. */
export async function simLogin(
  api: Api,
  phone: string,
  realName?: { name: string; idNumber: string },
): Promise<string> {
  const res = await api.post('/__sim/login', realName ? { phone, realName } : { phone })
  if (res.status !== 200) throw new Error(`sim login failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body.accessToken as string
}
