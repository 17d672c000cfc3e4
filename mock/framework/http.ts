import type { IncomingHttpHeaders } from 'node:http'

/** What a handler sees: the request after routing, size checks and JSON parsing. */
export interface SimRequest {
  method: string
  /** Path under /api/v1, e.g. /items/abc. */
  path: string
  /** The route pattern that matched, e.g. /items/:itemId (stable key for idempotency and logs). */
  pattern: string
  params: Record<string, string>
  query: URLSearchParams
  headers: IncomingHttpHeaders
  /** Parsed JSON for `body: 'json'` routes (undefined when the request had no body). */
  body: unknown
  /** The bytes as received; what `body: 'raw'` routes (multipart uploads) work from. */
  rawBody: Buffer
}

/** What a handler returns. Handlers never write to the socket, so responses can be replayed or withheld. */
export interface ApiResponse {
  status: number
  body?: unknown
  headers?: Record<string, string>
}

export type Handler = (req: SimRequest) => ApiResponse | Promise<ApiResponse>

export function json(status: number, body: unknown, headers?: Record<string, string>): ApiResponse {
  return { status, body, headers }
}

export function noContent(): ApiResponse {
  return { status: 204 }
}
