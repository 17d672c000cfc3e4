import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

import { createAuth } from './framework/auth'
import { CLOCK_YEARS, createClock, isClockInRange, parseInstant } from './framework/clock'
import type { Feature, SimContext } from './framework/context'
import { answerClientError, createDispatcher } from './framework/dispatch'
import { createFaultInjector } from './framework/faults'
import { createIdempotency } from './framework/idempotency'
import { createRateLimiter } from './framework/rateLimit'
import { Router } from './framework/router'
import { openStateStore } from './framework/store'
import { features as defaultFeatures } from './routes'
import { registerSimControls } from './routes/sim'
import { reviveState, seedState, type SimState } from './state'

export interface SimulatorOptions {
  /** 0 = any free port. Default 9527. */
  port?: number
  /** Default 127.0.0.1. */
  host?: string
  /** Where state is saved; null = in memory only. Default .mock-state/state.json. */
  stateFile?: string | null
  /** Start the simulator clock at this instant (ISO 8601 with offset) instead of real time. */
  now?: string
  /** Production mode: no /__sim routes, no SMS dev codes. Default: NODE_ENV === 'production'. */
  production?: boolean
  /** The features to serve. Default: all of them (./routes). Tests add their own probes here. */
  features?: Feature[]
}

export interface SimulatorHandler {
  handle(req: IncomingMessage, res: ServerResponse): void
  /** Saves pending state changes to disk. */
  flush(): Promise<void>
}

export interface RunningSimulator {
  /** http://127.0.0.1:PORT — the API is under `${url}/api/v1`. */
  url: string
  port: number
  close(): Promise<void>
}

export const DEFAULT_PORT = 9527
export const DEFAULT_STATE_FILE = '.mock-state/state.json'

/** The simulator as a node:http request listener, for embedding in another server (or a test). */
export async function createSimulatorHandler(options: SimulatorOptions = {}): Promise<SimulatorHandler> {
  const production = options.production ?? process.env.NODE_ENV === 'production'
  const stateFile = options.stateFile === undefined ? DEFAULT_STATE_FILE : options.stateFile
  const store = await openStateStore<SimState>({
    file: stateFile,
    seed: () => seedState(),
    revive: reviveState,
  })
  const persist = () => store.persist()

  const clock = createClock({
    get: () => store.state.sim.clockOffsetMs,
    set: (ms) => {
      store.state.sim.clockOffsetMs = ms
      persist()
    },
  })
  if (options.now !== undefined) {
    const start = parseInstant(options.now)
    if (!start) throw new Error(`simulator option "now" must be ISO 8601 with an offset, got ${options.now}`)
    if (!isClockInRange(start))
      throw new Error(
        `simulator option "now" must lie in the years ${CLOCK_YEARS.from}–${CLOCK_YEARS.to}, got ${options.now}`,
      )
    clock.set(start)
  }

  const auth = createAuth({ state: () => store.state.auth, clock, persist })
  const ctx: SimContext = {
    get state() {
      return store.state
    },
    clock,
    persist,
    auth,
    idempotent: createIdempotency({ state: () => store.state.idempotency, clock, auth, persist }),
    rateLimit: createRateLimiter({ state: () => store.state.rateLimits, clock, persist }),
    production,
  }

  const router = new Router({ simRoutes: !production })
  const faults = createFaultInjector()
  registerSimControls(router, ctx, {
    faults,
    reset() {
      store.replace(seedState())
      faults.clear()
    },
  })
  for (const feature of options.features ?? defaultFeatures) feature.register(router, ctx)

  return { handle: createDispatcher({ router, faults, persist }), flush: () => store.flush() }
}

/** Starts the simulator on a port (0 = a free one). `close()` stops it and saves state. */
export async function startSimulator(options: SimulatorOptions = {}): Promise<RunningSimulator> {
  const simulator = await createSimulatorHandler(options)
  const server = createServer(simulator.handle)
  // Requests the HTTP parser refuses get the contract's error body too, not Node's empty one.
  server.on('clientError', answerClientError)
  const host = options.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? DEFAULT_PORT, host, () => resolve())
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve())
        // Keep-alive sockets (and requests parked by delay faults) would otherwise hold close() open.
        server.closeAllConnections()
      })
      await simulator.flush()
    },
  }
}
