#!/usr/bin/env node
// npm run test:e2e [-- test/e2e/x.test.mjs ...]
// Builds the H5 app for production, starts the platform simulator (in memory) and scripts/serve-h5.mjs on free
// loopback ports, runs test/e2e/*.test.mjs in Debian's chromium, stops everything and exits with the tests' status.
// E2E_SKIP_BUILD=1 reuses dist/h5; E2E_SUITE_TIMEOUT_S bounds the test phase (default 600 s).
import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { tsImport } from 'tsx/esm/api'
import { serveH5 } from './serve-h5.mjs'

const ROOT = fileURLToPath(new URL('..', import.meta.url))
const CHROMIUM = '/usr/bin/chromium'
const TEST_DIR = path.join(ROOT, 'test/e2e')
const SUITE_TIMEOUT_MS = Number(process.env.E2E_SUITE_TIMEOUT_S ?? 600) * 1000

const cleanups = []
let running // the child process in progress, so a signal can stop it

function log(message) {
  console.log(`[e2e] ${message}`)
}

async function phase(name, fn) {
  const start = performance.now()
  try {
    return await fn()
  } finally {
    log(`${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`)
  }
}

// Children get their own process group so that stopping one also stops what it started (test files, chromium).
function run(command, args, { env = process.env, timeoutMs } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env, stdio: 'inherit', detached: true })
    running = child
    const timer =
      timeoutMs &&
      setTimeout(() => {
        log(`${path.basename(command)} still running after ${timeoutMs / 1000} s: stopping it`)
        stop(child)
      }, timeoutMs)
    child.on('error', reject)
    child.on('exit', (code, signal) => {
      clearTimeout(timer)
      running = undefined
      resolve(code ?? (signal ? 1 : 0))
    })
  })
}

function stop(child) {
  try {
    process.kill(-child.pid, 'SIGTERM')
  } catch {
    // already gone
  }
}

async function cleanup() {
  if (running) stop(running)
  while (cleanups.length)
    await cleanups
      .pop()()
      .catch((err) => log(`cleanup: ${err.message}`))
}

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    log(`${signal}: stopping`)
    await cleanup()
    process.exit(130)
  })
}

async function main() {
  if (!existsSync(CHROMIUM)) {
    console.error(`${CHROMIUM} not found. Install Debian's chromium and a CJK font:
  sudo apt-get install -y chromium fonts-wqy-zenhei`)
    return 1
  }

  if (process.env.E2E_SKIP_BUILD === '1') {
    log('E2E_SKIP_BUILD=1: using the existing dist/h5')
  } else {
    const taro = path.join(ROOT, 'node_modules/.bin/taro')
    const code = await phase('build h5', () =>
      run(taro, ['build', '--type', 'h5'], {
        env: { ...process.env, NODE_ENV: 'production', TARO_ENV: 'h5' },
      }),
    )
    if (code !== 0) {
      log(`taro build failed (exit ${code})`)
      return code
    }
  }

  // Serve a snapshot: another `taro build` (a watcher, a teammate) empties dist/h5 first and would blank the pages
  // under the running tests.
  const distDir = mkdtempSync(path.join(os.tmpdir(), 'tongtongban-h5-'))
  cleanups.push(async () => rmSync(distDir, { recursive: true, force: true }))
  cpSync(path.join(ROOT, 'dist/h5'), distDir, { recursive: true })

  // The simulator hands out SMS codes (devCode) only outside production; this process must not inherit it.
  process.env.NODE_ENV = 'test'
  const simulatorModule = await tsImport('../mock/app.ts', import.meta.url)
  // Without "type": "module" tsx may hand the TypeScript module over as CommonJS, its exports under `default`.
  const { startSimulator } = simulatorModule.default ?? simulatorModule
  const simulator = await startSimulator({ port: 0, stateFile: null })
  cleanups.push(() => simulator.close())
  const apiOrigin = new URL(simulator.url).origin
  const app = await serveH5({ distDir, apiTarget: apiOrigin, port: 0 })
  cleanups.push(() => app.close())
  log(`app ${app.url}/  simulator ${apiOrigin}/api/v1`)

  const requested = process.argv.slice(2)
  const files = requested.length
    ? requested
    : readdirSync(TEST_DIR)
        .filter((name) => name.endsWith('.test.mjs'))
        .sort()
        .map((name) => path.join('test/e2e', name))
  return phase('browser tests', () =>
    run(process.execPath, ['--test', '--test-reporter=spec', '--test-timeout=180000', ...files], {
      env: { ...process.env, E2E_BASE_URL: app.url, E2E_API_URL: `${apiOrigin}/api/v1` },
      timeoutMs: SUITE_TIMEOUT_MS,
    }),
  )
}

let status = 1
try {
  status = await main()
} catch (err) {
  console.error(err)
} finally {
  await cleanup()
}
process.exit(status)
