import { API_PREFIX } from '../types/api/common'
import { DEFAULT_PORT, DEFAULT_STATE_FILE, startSimulator } from './app'

// `npm run mock`: the platform simulator for local development (H5 dev server proxy, weapp dev builds).
async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${process.env.PORT}`)
  const inMemory = process.env.MOCK_STATE === 'memory'
  const simulator = await startSimulator({
    port,
    host: process.env.HOST || '127.0.0.1',
    stateFile: inMemory ? null : process.env.MOCK_STATE_FILE || DEFAULT_STATE_FILE,
    now: process.env.MOCK_NOW || undefined,
  })
  console.log(`通通办 platform simulator listening on ${simulator.url}${API_PREFIX}`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    simulator.close().then(
      () => process.exit(0),
      (err: unknown) => {
        console.error(`[sim] shutdown after ${signal} failed: ${err instanceof Error ? err.name : 'unknown'}`)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((err: unknown) => {
  console.error(`[sim] could not start: ${err instanceof Error ? err.message : String(err)}`)
  process.exit(1)
})
