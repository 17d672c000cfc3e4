/**
 * npm run bench:booking — can the simulator be overbooked?
 *
 * 500 citizens book the same slot (capacity 5) at the same instant, over loopback HTTP, against the simulator
 * running in its own process. Exactly 5 must get 201, the other 495 a 409 SLOT_FULL, none a 500; afterwards
 * the 5 winners each see their one booking, the losers none, and the slot shows 0 places left.
 *
 * In the same run, for comparison:
 * - the same 500 requests sent one at a time (what a global lock would give you), for the throughput ratio;
 * - an unguarded check-then-write variant, which waits one "database round trip" between counting the places
 *   and writing the booking: it overbooks.
 * After a warm-up round, the concurrent and the sequential rounds run three times each (each on a slot of its
 * own day) and the median throughput is reported: the machine is shared, single rounds are noisy.
 *
 * Bounded: loopback only, every request times out after 10 s, the whole run after 120 s. Exit code 1 when a
 * check on the real booking endpoint fails.
 */
import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createInterface } from 'node:readline'
import { setTimeout as sleep } from 'node:timers/promises'

import type { Feature } from '../mock/framework/context'
import { validationFailed } from '../mock/framework/errors'
import { json } from '../mock/framework/http'
import { parseBody } from '../mock/framework/validate'
import { findSlot, slotFull } from '../mock/routes/appointments'
import { requireCitizen } from '../mock/routes/identity'
import { features } from '../mock/routes'
import { PLATFORM_CALENDAR } from '../mock/seed/calendar'
import { API_PREFIX } from '../types/api/common'
import { BookAppointmentRequestSchema } from '../types/api/appointments'

const CITIZENS = 500
const CAPACITY = 5
const NOW = '2026-11-18T10:00:00+08:00'
const SERVICE = 'i-id-card-renewal'
// 市民之家's 09:00 slot holds 5 places on every workday; each round takes a day of its own (one booking per
// citizen per service per day). Workdays of the window that opens on 19 November 2026:
const WORKDAYS = [
  '2026-11-19',
  '2026-11-20',
  '2026-11-23',
  '2026-11-24',
  '2026-11-25',
  '2026-11-26',
  '2026-11-27',
  '2026-11-30',
]
const slotOn = (date: string) => `hall-city_${SERVICE}_${date}_0900`
const REPEATS = 3
const REQUEST_TIMEOUT_MS = 10_000
/** The unguarded variant's wait between counting and writing, like one database round trip on a LAN. */
const DATABASE_ROUND_TRIP_MS = 2
const RUN_TIMEOUT_MS = 120_000

// ---------------------------------------------------------------------------------------------------------
// The simulator process (`--serve`): the real simulator, plus the unguarded variant for comparison.
// ---------------------------------------------------------------------------------------------------------

/** What not to do: count the places, wait for "the database", then write. Registered only in this bench. */
const unguardedBooking: Feature = {
  name: 'bench-unguarded-booking',
  register(router, ctx) {
    // Same wrapping as the real endpoint (idempotency keys), so the only difference is the unguarded gap.
    router.post(
      '/__sim/bench/unguarded-appointments',
      ctx.idempotent(async (req) => {
        const citizen = requireCitizen(ctx, req)
        const { slotId } = parseBody(req, BookAppointmentRequestSchema)
        const slot = findSlot(PLATFORM_CALENDAR, slotId)
        if (!slot) throw validationFailed({ slotId: '没有这个预约时段' })
        const state = ctx.state.appointments
        const taken = Object.values(state.items).filter(
          (a) => a.slotId === slotId && a.status !== 'cancelled',
        )
        if (taken.length >= slot.capacity) throw slotFull(ctx, slot)
        await sleep(DATABASE_ROUND_TRIP_MS)
        const id = `a-bench-${state.nextSeq++}`
        state.items[id] = {
          id,
          code: id,
          userId: citizen.id,
          serviceId: slot.serviceId,
          hallId: slot.hallId,
          slotId,
          start: slot.start,
          end: slot.end,
          period: slot.period,
          applicant: { kind: 'self' },
          applicantKey: `user:${citizen.id}`,
          status: 'booked',
          createdAt: NOW,
          updatedAt: NOW,
        }
        return json(201, { appointmentId: id })
      }),
    )
  },
}

async function serve(): Promise<void> {
  const { startSimulator } = await import('../mock/app')
  const simulator = await startSimulator({
    port: 0,
    host: '127.0.0.1',
    stateFile: null,
    now: NOW,
    features: [...features, unguardedBooking],
  })
  console.log(`READY ${simulator.url}`)
  process.on('SIGTERM', () => void simulator.close().then(() => process.exit(0)))
}

// ---------------------------------------------------------------------------------------------------------
// The bench (client side)
// ---------------------------------------------------------------------------------------------------------

interface Answer {
  status: number
  body: { code?: string; appointmentId?: string; details?: { alternatives?: unknown[] } } | undefined
}

async function startServer(): Promise<{ child: ChildProcess; api: string }> {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1], '--serve'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const lines = createInterface({ input: child.stdout! })
  for await (const line of lines) {
    const match = /^READY (http:\/\/127\.0\.0\.1:\d+)$/.exec(line)
    if (match) return { child, api: `${match[1]}${API_PREFIX}` }
  }
  throw new Error('the simulator process exited before it was ready')
}

async function call(api: string, path: string, init: { body?: unknown; token?: string; key?: string }) {
  const headers: Record<string, string> = { 'content-type': 'application/json' }
  if (init.token) headers.authorization = `Bearer ${init.token}`
  if (init.key) headers['idempotency-key'] = init.key
  const res = await fetch(`${api}${path}`, {
    method: init.body === undefined ? 'GET' : 'POST',
    headers,
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  })
  const text = await res.text()
  return { status: res.status, body: text ? JSON.parse(text) : undefined } as Answer
}

async function citizens(api: string, count: number): Promise<string[]> {
  const tokens: string[] = []
  for (let batch = 0; batch < count; batch += 50) {
    const logins = Array.from({ length: Math.min(50, count - batch) }, (_, i) =>
      call(api, '/__sim/login', { body: { phone: `137${String(batch + i).padStart(8, '0')}` } }),
    )
    for (const login of await Promise.all(logins))
      tokens.push((login.body as { accessToken: string }).accessToken)
  }
  return tokens
}

interface Round {
  answers: Answer[]
  ms: number
}

async function round(
  tokens: string[],
  send: (token: string, i: number) => Promise<Answer>,
  concurrent: boolean,
) {
  const started = performance.now()
  const answers: Answer[] = []
  if (concurrent) answers.push(...(await Promise.all(tokens.map(send))))
  else for (const [i, token] of tokens.entries()) answers.push(await send(token, i))
  return { answers, ms: performance.now() - started } satisfies Round
}

const count = (r: Round, status: number) => r.answers.filter((a) => a.status === status).length
const perSecond = (r: Round) => Math.round((r.answers.length / r.ms) * 1000)
const tally = (r: Round) => {
  const other = r.answers.length - count(r, 201) - count(r, 409)
  return `201 ×${count(r, 201)}  409 ×${count(r, 409)}  other ×${other}`
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]

/** What the platform and every citizen say afterwards about one guarded round. */
async function checkRound(api: string, tokens: string[], slotId: string, result: Round) {
  const winners = result.answers.flatMap((a, i) => (a.status === 201 ? [i] : []))
  const views = await Promise.all(tokens.map((token) => call(api, '/appointments?limit=50', { token })))
  const onSlot = views.map(
    (v) =>
      (v.body as unknown as { items: Array<{ slot: { slotId: string } }> }).items.filter(
        (a) => a.slot.slotId === slotId,
      ).length,
  )
  const date = slotId.split('_')[2]
  const slots = await call(api, `/slots?hallId=hall-city&serviceId=${SERVICE}&from=${date}&to=${date}`, {})
  const remaining = (slots.body as unknown as Array<{ slotId: string; remaining: number }>).find(
    (s) => s.slotId === slotId,
  )?.remaining
  const ids = new Set(winners.map((i) => result.answers[i].body?.appointmentId))
  return {
    exactly: count(result, 201) === CAPACITY,
    allFull: result.answers.every(
      (a) =>
        a.status === 201 ||
        (a.status === 409 && a.body?.code === 'SLOT_FULL' && Array.isArray(a.body.details?.alternatives)),
    ),
    no500: result.answers.every((a) => a.status < 500),
    distinct: ids.size === CAPACITY,
    winnersSeeOne: winners.every((i) => onSlot[i] === 1),
    losersSeeNone: onSlot.every((n, i) => winners.includes(i) || n === 0),
    full: remaining === 0,
  }
}

async function main(): Promise<number> {
  const { child, api } = await startServer()
  const deadline = setTimeout(() => {
    console.error(`bench:booking: still running after ${RUN_TIMEOUT_MS / 1000} s, stopping`)
    child.kill('SIGTERM')
    process.exit(2)
  }, RUN_TIMEOUT_MS)
  try {
    if (new URL(api).hostname !== '127.0.0.1') throw new Error(`not loopback: ${api}`)
    const tokens = await citizens(api, CITIZENS)
    const book =
      (slotId: string, path = '/appointments') =>
      (token: string, i: number) =>
        call(api, path, { body: { slotId, serviceId: SERVICE }, token, key: `bench-${slotId}-${i}` })

    const [warmUp, ...days] = WORKDAYS
    await round(tokens, book(slotOn(warmUp)), true)
    const concurrent: Array<{ slotId: string; result: Round }> = []
    const sequential: Array<{ slotId: string; result: Round }> = []
    for (let i = 0; i < REPEATS; i++) {
      const [a, b] = [slotOn(days[2 * i]), slotOn(days[2 * i + 1])]
      concurrent.push({ slotId: a, result: await round(tokens, book(a), true) })
      sequential.push({ slotId: b, result: await round(tokens, book(b), false) })
    }
    const unguardedSlot = slotOn(days[2 * REPEATS])
    const unguarded = await round(tokens, book(unguardedSlot, '/__sim/bench/unguarded-appointments'), true)

    const guarded = [...concurrent, ...sequential]
    const results = await Promise.all(
      guarded.map(({ slotId, result }) => checkRound(api, tokens, slotId, result)),
    )
    const every = (key: keyof (typeof results)[number]) => results.every((r) => r[key])
    const checks: Array<[string, boolean]> = [
      [`exactly ${CAPACITY} booked in every round`, every('exactly')],
      ['every other answer is 409 SLOT_FULL with alternatives', every('allFull')],
      ['no 500', every('no500')],
      ['distinct appointment ids', every('distinct')],
      ['each winner sees exactly one booking on the slot', every('winnersSeeOne')],
      ['no loser sees one', every('losersSeeNone')],
      ['each slot shows 0 places left', every('full')],
    ]

    const rates = (rounds: typeof concurrent) => rounds.map(({ result }) => perSecond(result))
    const [concurrentRate, sequentialRate] = [median(rates(concurrent)), median(rates(sequential))]
    console.log(
      `bench:booking — ${CITIZENS} citizens book one slot of capacity ${CAPACITY} (loopback; simulator in its own process)\n`,
    )
    for (const [name, rounds] of [
      ['concurrent, all at once  ', concurrent],
      ['sequential, one at a time', sequential],
    ] as const) {
      for (const { result } of rounds) {
        console.log(`${name}  ${tally(result)}   ${perSecond(result)} req/s  (${Math.round(result.ms)} ms)`)
      }
    }
    console.log(
      `unguarded check-then-write ${tally(unguarded)}   ${perSecond(unguarded)} req/s  → ${count(unguarded, 201)} booked for ${CAPACITY} places`,
    )
    console.log('')
    for (const [name, ok] of checks) console.log(`${ok ? '✓' : '✗'} ${name}`)
    console.log('')
    console.log(
      `throughput (median of ${REPEATS}): concurrent ${concurrentRate} req/s, sequential ${sequentialRate} req/s → ${(concurrentRate / sequentialRate).toFixed(2)}×`,
    )
    console.log(
      `overbooking, unguarded ÷ capacity: ${(count(unguarded, 201) / CAPACITY).toFixed(1)}× (the real endpoint, worst of ${guarded.length} rounds: ${(Math.max(...guarded.map(({ result }) => count(result, 201))) / CAPACITY).toFixed(1)}×)`,
    )
    return checks.every(([, ok]) => ok) ? 0 : 1
  } finally {
    clearTimeout(deadline)
    child.kill('SIGTERM')
    await once(child, 'exit')
  }
}

// tsx runs this file as CommonJS (package.json has no "type"), so no top-level await.
if (process.argv.includes('--serve')) {
  void serve()
} else {
  main().then(
    (code) => (process.exitCode = code),
    (err: unknown) => {
      console.error(err)
      process.exitCode = 1
    },
  )
}
