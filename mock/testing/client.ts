import { connect } from 'node:net'
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

/** What came back on a raw connection: the status line's code, headers (lower-case) and the body text. */
export interface RawResult {
  status: number
  headers: Record<string, string>
  text: string
}

/**
 * Writes `payload` as is on a fresh connection and reads the answer until the server closes it or the
 * announced Content-Length has arrived: for requests fetch refuses to send (a broken request line, an
 * unknown method, a lying Content-Length). Rejects after `timeoutMs` without an answer.
 */
export function rawRequest(baseUrl: string, payload: string, timeoutMs = 5000): Promise<RawResult> {
  const { hostname, port } = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname)
    const chunks: Buffer[] = []
    let settled = false
    const finish = (error?: Error) => {
      if (settled) return
      settled = true
      socket.destroy()
      const text = Buffer.concat(chunks).toString('utf8')
      const end = text.indexOf('\r\n\r\n')
      const status = /^HTTP\/1\.1 (\d{3}) /.exec(text)
      if (error || end < 0 || !status) {
        reject(error ?? new Error(`no HTTP answer: ${JSON.stringify(text.slice(0, 200))}`))
        return
      }
      const headers: Record<string, string> = {}
      for (const line of text.slice(0, end).split('\r\n').slice(1)) {
        const colon = line.indexOf(':')
        headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim()
      }
      resolve({ status: Number(status[1]), headers, text: text.slice(end + 4) })
    }
    socket.setTimeout(timeoutMs, () => finish(new Error(`no answer within ${timeoutMs} ms`)))
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      const text = Buffer.concat(chunks).toString('utf8')
      const end = text.indexOf('\r\n\r\n')
      const length = /\r\ncontent-length: *(\d+)/i.exec(text.slice(0, Math.max(end, 0)))
      if (end >= 0 && length && Buffer.byteLength(text.slice(end + 4)) >= Number(length[1])) finish()
    })
    socket.on('end', () => finish())
    socket.on('error', (err) => finish(chunks.length > 0 ? undefined : err))
    socket.write(payload)
  })
}
