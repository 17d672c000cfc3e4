/**
 * WeChat mini-programs have no AbortController, and react-query v5 creates one for every query
 * (TanStack/query#5837, NervJS/taro#15517). This minimal one covers what react-query uses:
 * `signal.aborted`, `signal.reason`, abort listeners, `throwIfAborted`.
 */
type Listener = (event: { type: 'abort' }) => void

class MiniAbortSignal {
  aborted = false
  reason: unknown = undefined
  onabort: Listener | null = null
  private listeners = new Set<Listener>()

  addEventListener(type: string, listener: Listener): void {
    if (type === 'abort') this.listeners.add(listener)
  }

  removeEventListener(type: string, listener: Listener): void {
    if (type === 'abort') this.listeners.delete(listener)
  }

  throwIfAborted(): void {
    if (this.aborted) throw this.reason
  }

  /** @internal called by the controller */
  fire(reason: unknown): void {
    if (this.aborted) return
    this.aborted = true
    this.reason = reason
    const event = { type: 'abort' as const }
    this.onabort?.(event)
    this.listeners.forEach((listener) => listener(event))
  }
}

class MiniAbortController {
  readonly signal = new MiniAbortSignal()

  abort(reason?: unknown): void {
    this.signal.fire(reason ?? new Error('Aborted'))
  }
}

const scope = globalThis as { AbortController?: unknown; AbortSignal?: unknown }
if (typeof scope.AbortController === 'undefined') {
  scope.AbortController = MiniAbortController
  scope.AbortSignal = MiniAbortSignal
}

export {}
