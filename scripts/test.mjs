#!/usr/bin/env node
/**
 * `npm test`: every check, in order, stopping at the first failure, then a summary table of every step.
 *
 *   npm test                        all steps
 *   TEST_ONLY=unit,mock npm test    a subset (names from the table below: step name or npm script name)
 *
 * Each step is `npm run --silent <script>` with inherited stdio, so CI logs show the runners' own output
 * and closing lines. Builds run with NODE_ENV=production. The last line is `npm test: …` (steps, not tests).
 */
import { spawn } from 'node:child_process'

/** @type {{ name: string, script: string, args?: string[], env?: Record<string, string> }[]} */
const STEPS = [
  { name: 'typecheck', script: 'typecheck' },
  { name: 'lint', script: 'lint' },
  { name: 'unit', script: 'test:unit', env: { NODE_ENV: 'test' } },
  { name: 'mock', script: 'test:mock' },
  { name: 'build:weapp', script: 'build:weapp', env: { NODE_ENV: 'production' } },
  { name: 'weapp', script: 'test:weapp' },
  { name: 'build:h5', script: 'build:h5', env: { NODE_ENV: 'production' } },
  { name: 'size', script: 'size', args: ['--check'] },
]

const only = (process.env.TEST_ONLY ?? '')
  .split(',')
  .map((token) => token.trim())
  .filter(Boolean)
const unknown = only.filter((token) => !STEPS.some((step) => step.name === token || step.script === token))
if (unknown.length > 0) {
  console.error(
    `TEST_ONLY: unknown step(s) ${unknown.join(', ')}; known: ${STEPS.map((s) => s.name).join(', ')}`,
  )
  process.exit(2)
}
const selected =
  only.length === 0 ? STEPS : STEPS.filter((s) => only.includes(s.name) || only.includes(s.script))

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm'
let current = null
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (current) current.kill(signal)
    else process.exit(130)
  })
}

/** Runs one npm script; resolves with its exit code (a signal counts as failure). */
function run(step) {
  const args = ['run', '--silent', step.script, ...(step.args ? ['--', ...step.args] : [])]
  return new Promise((resolve) => {
    const child = spawn(npm, args, { stdio: 'inherit', env: { ...process.env, ...step.env } })
    current = child
    child.on('error', (error) => {
      console.error(`npm test: cannot start ${step.script}: ${error.message}`)
      resolve(1)
    })
    child.on('exit', (code, signal) => {
      current = null
      resolve(signal ? 1 : (code ?? 1))
    })
  })
}

const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`
const started = Date.now()
const results = []
let failure = null

for (const step of selected) {
  const label = `npm run ${step.script}${step.args ? ` -- ${step.args.join(' ')}` : ''}`
  console.log(`\n━━ ${step.name}: ${label}${step.env?.NODE_ENV ? ` (NODE_ENV=${step.env.NODE_ENV})` : ''}`)
  const t0 = Date.now()
  const code = await run(step)
  const ms = Date.now() - t0
  results.push({ step, status: code === 0 ? 'ok' : `FAILED (exit ${code})`, ms })
  if (code !== 0) {
    failure = { step, code }
    break
  }
}
for (const step of selected.slice(results.length)) results.push({ step, status: 'not run', ms: null })

const total = Date.now() - started
const nameWidth = Math.max(4, ...results.map((r) => r.step.name.length))
const statusWidth = Math.max(6, ...results.map((r) => r.status.length))
console.log(`\n${'step'.padEnd(nameWidth)}  ${'status'.padEnd(statusWidth)}  time`)
console.log(`${'─'.repeat(nameWidth)}  ${'─'.repeat(statusWidth)}  ${'─'.repeat(8)}`)
for (const { step, status, ms } of results) {
  console.log(
    `${step.name.padEnd(nameWidth)}  ${status.padEnd(statusWidth)}  ${ms === null ? '—' : seconds(ms)}`,
  )
}
const ok = results.filter((r) => r.status === 'ok').length
const scope = only.length > 0 ? ` (TEST_ONLY=${only.join(',')})` : ''
if (failure) {
  console.log(
    `npm test: FAILED at ${failure.step.name}, ${ok}/${selected.length} steps ok in ${Math.round(total / 1000)} s${scope}`,
  )
  process.exit(failure.code || 1)
}
console.log(`npm test: ${ok}/${selected.length} steps ok in ${Math.round(total / 1000)} s${scope}`)
