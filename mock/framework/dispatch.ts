import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Duplex } from 'node:stream'

import { API_PREFIX } from '../../types/api/common'
import { ApiError, badRequest, errorForStatus } from './errors'
import type { FaultInjector, FaultRule } from './faults'
import type { ApiResponse, SimRequest } from './http'
import { isSimPath, type Route, type Router } from './router'

const CORS_HEADERS: Record<string, string> = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
  'Access-Control-Allow-Headers': 'Authorization, Content-Type, Idempotency-Key, If-None-Match',
  'Access-Control-Expose-Headers': 'ETag, Retry-After, Idempotent-Replayed',
  'Access-Control-Max-Age': '600',
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/** Removes anything that looks like an ID or phone number, so an error line is safe to keep in a log. */
export function redactForLog(text: string): string {
  return text.replace(/\d{6,}[\dXx]?/g, '[redacted]')
}

type BodyResult = { kind: 'ok'; bytes: Buffer } | { kind: 'too_large' }

/**
 * Reads the body, refusing past `limit` bytes (a chunked body declares no length). The rest is drained, not
 * buffered, so the client can read the 413.
 */
function readBody(req: IncomingMessage, limit: number): Promise<BodyResult> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = false
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) tooLarge = true
      if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () =>
      resolve(tooLarge ? { kind: 'too_large' } : { kind: 'ok', bytes: Buffer.concat(chunks) }),
    )
    req.on('error', reject)
  })
}

function parseJsonBody(route: Route, req: IncomingMessage, bytes: Buffer): unknown {
  if (route.body === 'raw' || bytes.length === 0) return undefined
  const contentType = (req.headers['content-type'] ?? '').toLowerCase()
  if (!/^application\/([\w.+-]+\+)?json\b/.test(contentType)) throw errorForStatus(415)
  try {
    return JSON.parse(bytes.toString('utf8'))
  } catch {
    throw badRequest('请求内容不是有效的JSON')
  }
}

function send(res: ServerResponse, response: ApiResponse): void {
  if (res.writableEnded || res.destroyed) return
  const headers: Record<string, string> = { ...CORS_HEADERS, ...response.headers }
  if (response.status === 204 || response.status === 304 || response.body === undefined) {
    res.writeHead(response.status, headers).end()
    return
  }
  const payload = JSON.stringify(response.body)
  headers['Content-Type'] = 'application/json; charset=utf-8'
  headers['Content-Length'] = String(Buffer.byteLength(payload))
  res.writeHead(response.status, headers).end(payload)
}

function toResponse(err: ApiError): ApiResponse {
  return { status: err.status, body: err.toBody(), headers: err.headers }
}

/** A fault's effect on the response: wait, then drop the connection, replace the answer, or let it through. */
async function applyFault(
  fault: FaultRule,
  res: ServerResponse,
  response: ApiResponse | null,
): Promise<ApiResponse | null | 'dropped'> {
  if (fault.delayMs > 0) await sleep(fault.delayMs)
  if (fault.drop) {
    res.socket?.destroy()
    return 'dropped'
  }
  if (fault.status !== undefined) {
    const err = errorForStatus(fault.status)
    return toResponse(fault.code ? new ApiError(err.status, fault.code, err.message) : err)
  }
  return response
}

/**
 * For the server's `clientError` event: requests Node's HTTP parser refuses before any handler sees them (an
 * unknown or lower-case method, a negative Content-Length, a raw non-ASCII path, headers over 16 KB, a
 * request not finished within the server's request timeout). Node's default answer has an empty body; this
 * one is the contract's error body, written straight to the socket (there is no request or response object).
 *
 * Always 400 BAD_REQUEST, also for oversized headers: the contract's statuses for bad input are
 * 400/404/405/413/415/422/429, so not Node's 431; and 413 PAYLOAD_TOO_LARGE is this platform's answer for a
 * body (an upload) over its limit — the app would tell the citizen their file is too big, when it is the
 * request line or headers (a huge URL or cookie) that are too long. 400 is the HTTP answer for any request
 * the server will not parse, and its message says what was too long. Timeouts are the client's stalled
 * request, so also 400 rather than a 408 the contract does not list.
 */
export function answerClientError(err: Error & { code?: string }, socket: Duplex): void {
  // The in-flight response, if the parser failed on a later request of a keep-alive connection or the
  // request timed out while its handler waited for the body: never write into an answer already started.
  const inFlight = (socket as Duplex & { _httpMessage?: { headersSent?: boolean } | null })._httpMessage
  if (!socket.writable || inFlight?.headersSent) {
    socket.destroy()
    return
  }
  const error = badRequest(
    err.code === 'HPE_HEADER_OVERFLOW'
      ? '请求的地址或附带的信息过长'
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? '请求没有及时发送完整，请重试'
        : undefined,
  )
  const payload = JSON.stringify(error.toBody())
  const headers = {
    ...CORS_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(payload)),
    Connection: 'close',
  }
  const head = Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('')
  socket.end(`HTTP/1.1 400 Bad Request\r\n${head}\r\n${payload}`, () => socket.destroy())
}

export interface DispatchDeps {
  router: Router
  faults: FaultInjector
  /** Saves state after a request that may have changed it. */
  persist: () => void
  log?: (line: string) => void
}

/** The node:http request listener: routing, body limits, JSON, faults, errors — everything but the features. */
export function createDispatcher(deps: DispatchDeps): (req: IncomingMessage, res: ServerResponse) => void {
  const { router, faults, persist, log = (line) => console.error(line) } = deps

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const method = (req.method ?? 'GET').toUpperCase()
    if (method === 'OPTIONS') {
      send(res, { status: 204 })
      return
    }

    // The request-target is the client's: `//[` or `http://[/x` parse as a broken authority, and
    // new URL throws on them.
    let url: URL
    try {
      url = new URL(req.url ?? '/', 'http://simulator.invalid')
    } catch {
      req.resume()
      send(res, toResponse(badRequest()))
      return
    }
    const underPrefix = url.pathname === API_PREFIX || url.pathname.startsWith(`${API_PREFIX}/`)
    const path = url.pathname.slice(API_PREFIX.length) || '/'
    try {
      decodeURIComponent(path)
    } catch {
      send(res, toResponse(badRequest()))
      return
    }
    const match = underPrefix ? router.match(method, path) : ({ kind: 'not_found' } as const)
    if (match.kind !== 'found') {
      req.resume()
      const err = errorForStatus(match.kind === 'not_found' ? 404 : 405)
      const extra = match.kind === 'method_not_allowed' ? { Allow: match.allowed.join(', ') } : undefined
      send(res, { ...toResponse(err), headers: extra })
      return
    }
    const { route, params } = match

    // A body announced as too large is refused before a byte of it is read: waiting for it would let a
    // client that declares 100 GB (and sends 2 bytes) hold the request open forever.
    if (Number(req.headers['content-length'] ?? 0) > route.maxBodyBytes) {
      send(res, { ...toResponse(errorForStatus(413)), headers: { Connection: 'close' } })
      return
    }
    const body = await readBody(req, route.maxBodyBytes)
    if (body.kind === 'too_large') {
      send(res, { ...toResponse(errorForStatus(413)), headers: { Connection: 'close' } })
      return
    }

    const fault = isSimPath(path) ? undefined : faults.take(method, path)
    if (fault && !fault.after) {
      const outcome = await applyFault(fault, res, null)
      if (outcome === 'dropped') return
      if (outcome) {
        send(res, outcome)
        return
      }
    }

    let response: ApiResponse
    try {
      const simReq: SimRequest = {
        method,
        path,
        pattern: route.pattern,
        params,
        query: url.searchParams,
        headers: req.headers,
        body: parseJsonBody(route, req, body.bytes),
        rawBody: body.bytes,
      }
      response = await route.handler(simReq)
    } catch (err) {
      if (err instanceof ApiError) {
        response = toResponse(err)
      } else {
        // One line, no stack in the body, no personal data in the log.
        const where = err instanceof Error ? `${err.name}: ${redactForLog(err.message)}` : 'non-Error thrown'
        log(`[sim] 500 ${method} ${route.pattern} — ${where}`)
        response = toResponse(errorForStatus(500))
      }
    }
    if (method !== 'GET') persist()

    if (fault?.after) {
      const outcome = await applyFault(fault, res, response)
      if (outcome === 'dropped' || outcome === null) return
      response = outcome
    }
    send(res, response)
  }

  return (req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`[sim] request failed outside a handler — ${err instanceof Error ? err.name : 'unknown'}`)
      if (!res.headersSent) send(res, toResponse(errorForStatus(500)))
      else res.destroy()
    })
  }
}
