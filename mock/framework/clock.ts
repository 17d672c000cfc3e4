/**
 * The simulator's clock: real time plus an offset that tests move with POST /__sim/clock, so deadlines,
 * token expiry and booking windows can be exercised without waiting. Everything time-dependent in the
 * simulator reads this clock, never `Date.now()` directly.
 */
export interface Clock {
  now(): Date
  nowMs(): number
  /** Moves the clock so that it reads `instant` now; it keeps ticking from there. */
  set(instant: Date): void
}

export function createClock(
  offset: { get(): number; set(ms: number): void },
  realNowMs: () => number = Date.now,
): Clock {
  return {
    now: () => new Date(realNowMs() + offset.get()),
    nowMs: () => realNowMs() + offset.get(),
    set: (instant) => offset.set(instant.getTime() - realNowMs()),
  }
}

const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000

/**
 * The years the simulator clock may be set to (China time). Outside them dates stop being dates the rules
 * can work with — year 0, or past 9999 where a Date is invalid — and every time-dependent route would fail
 * until a reset; nothing a test needs lies beyond this range.
 */
export const CLOCK_YEARS = { from: 2000, to: 2100 } as const
const CLOCK_MIN_MS = Date.UTC(CLOCK_YEARS.from, 0, 1) - SHANGHAI_OFFSET_MS
const CLOCK_END_MS = Date.UTC(CLOCK_YEARS.to + 1, 0, 1) - SHANGHAI_OFFSET_MS

/** Whether the simulator clock may read this instant: a real time within CLOCK_YEARS. */
export function isClockInRange(instant: Date): boolean {
  const ms = instant.getTime()
  return Number.isFinite(ms) && ms >= CLOCK_MIN_MS && ms < CLOCK_END_MS
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0')
}

/** 2025-03-01T09:30:00+08:00 — China has no daylight saving, so a fixed offset is exact. Machine TZ irrelevant. */
export function toShanghaiIso(date: Date): string {
  const d = new Date(date.getTime() + SHANGHAI_OFFSET_MS)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}+08:00`
  )
}

/** The calendar date in China at that instant: 2025-03-01. */
export function toShanghaiDate(date: Date): string {
  return toShanghaiIso(date).slice(0, 10)
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/

/**
 * Parses an ISO 8601 instant that states its offset (a bare local time would depend on the machine TZ).
 * Impossible dates (02-30) are refused rather than rolled over into the next month.
 */
export function parseInstant(text: string): Date | null {
  const match = ISO_WITH_OFFSET.exec(text)
  if (!match) return null
  const ms = Date.parse(text)
  if (Number.isNaN(ms)) return null
  const zone = match[3]
  const offsetMinutes =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4)))
  const localDate = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 10)
  return localDate === text.slice(0, 10) ? new Date(ms) : null
}
