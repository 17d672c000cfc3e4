import Taro from '@tarojs/taro'

export interface HttpRequest {
  url: string
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  headers: Record<string, string>
  body?: unknown
  timeoutMs: number
}

export interface HttpResponse {
  status: number
  /** The body as text; the API client parses and validates it, so a malformed body never crashes a page. */
  text: string
}

/** A transport failure: no HTTP answer at all (offline, DNS, timeout, connection reset). */
export class TransportError extends Error {
  constructor(
    readonly reason: 'timeout' | 'network',
    detail: string,
  ) {
    super(detail)
    this.name = 'TransportError'
  }
}

/** The body as text, whatever form the platform handed it back in. */
export function responseText(data: unknown): string {
  return typeof data === 'string' ? data : JSON.stringify(data ?? '')
}

/** What a failed Taro request or upload means for the citizen: it timed out, or there was no network. */
export function transportFailure(error: unknown, startedAt: number, timeoutMs: number): TransportError {
  const message =
    error instanceof Error ? error.message : String((error as { errMsg?: string })?.errMsg ?? error)
  // H5 reports its timeout as a plain abort, so elapsed time is the reliable signal on both faces.
  const timedOut = /timeout/i.test(message) || Date.now() - startedAt >= timeoutMs - 50
  return new TransportError(timedOut ? 'timeout' : 'network', message)
}

export type HttpTransport = (request: HttpRequest) => Promise<HttpResponse>

const taroTransport: HttpTransport = async (request) => {
  const startedAt = Date.now()
  try {
    const response = await Taro.request<string>({
      url: request.url,
      method: request.method,
      header: request.headers,
      data: request.body === undefined ? undefined : JSON.stringify(request.body),
      timeout: request.timeoutMs,
      // Ask for raw text: the API client parses and validates it, so a malformed body is an error we explain.
      dataType: 'text',
      responseType: 'text',
    })
    return { status: response.statusCode, text: responseText(response.data) }
  } catch (error) {
    throw transportFailure(error, startedAt, request.timeoutMs)
  }
}

let transport: HttpTransport = taroTransport

/** Tests replace the transport to talk to the simulator over real HTTP or to a stub. */
export function setHttpTransport(next: HttpTransport): void {
  transport = next
}

export function sendHttp(request: HttpRequest): Promise<HttpResponse> {
  return transport(request)
}
