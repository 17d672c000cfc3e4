/**
 * Test support: runs the platform simulator in-process and points the app's HTTP transport at it,
 * so API-layer tests exercise the real contract over real HTTP instead of mocks of our own code.
 */
import http from 'node:http'
import { startSimulator } from '../../../mock/app'
import { setHttpTransport, TransportError, type HttpTransport } from '../platform/request'

export interface TestPlatform {
  apiUrl: string
  /** Calls a simulator endpoint directly (e.g. `/__sim/clock`), outside the app's client. */
  sim(path: string, body?: unknown, method?: string): Promise<unknown>
  close(): Promise<void>
}

interface RawResponse {
  status: number
  text: string
}

/** node:http rather than fetch: Jest's jsdom environment (needed by Taro) has no fetch. */
function httpCall(
  url: string,
  method: string,
  headers: Record<string, string>,
  body: string | undefined,
  timeoutMs: number,
) {
  return new Promise<RawResponse>((resolve, reject) => {
    const request = http.request(url, { method, headers, timeout: timeoutMs }, (response) => {
      const chunks: Buffer[] = []
      response.on('data', (chunk: Buffer) => chunks.push(chunk))
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }),
      )
      response.on('error', reject)
    })
    request.on('timeout', () =>
      request.destroy(new TransportError('timeout', `timeout after ${timeoutMs} ms`)),
    )
    request.on('error', reject)
    request.end(body)
  })
}

export function nodeHttpTransport(origin: string): HttpTransport {
  return async (request) => {
    try {
      const body = request.body === undefined ? undefined : JSON.stringify(request.body)
      return await httpCall(
        `${origin}${request.url}`,
        request.method,
        request.headers,
        body,
        request.timeoutMs,
      )
    } catch (error) {
      if (error instanceof TransportError) throw error
      throw new TransportError('network', String(error))
    }
  }
}

export async function startTestPlatform(now = '2026-11-23T10:00:00+08:00'): Promise<TestPlatform> {
  const simulator = await startSimulator({ port: 0, stateFile: null, now })
  setHttpTransport(nodeHttpTransport(simulator.url))
  const apiUrl = `${simulator.url}/api/v1`
  return {
    apiUrl,
    async sim(path, body, method = 'POST') {
      const payload = body === undefined ? undefined : JSON.stringify(body)
      const response = await httpCall(
        `${apiUrl}${path}`,
        method,
        { 'Content-Type': 'application/json' },
        payload,
        10_000,
      )
      if (response.status >= 400) throw new Error(`${method} ${path} → ${response.status} ${response.text}`)
      return response.text ? (JSON.parse(response.text) as unknown) : null
    },
    close: () => simulator.close(),
  }
}
