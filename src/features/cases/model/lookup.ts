import { CASE_LOOKUP_LIMIT } from '@contract/api/cases'
import { addDays, shanghaiDate, shanghaiIso } from '@contract/rules/calendar'
import { dateWords } from './dates'

/**
 * 办件查询 after the platform's 429: which number it refused and until when (device clock, ms). Kept per
 * number: a citizen who locked a mistyped number may still look up the right one.
 */
export interface LookupLock {
  caseNo: string
  untilMs: number
}

/** As the contract reads it: trimmed, upper case (zt2026… is ZT2026…). */
export function normalCaseNo(typed: string): string {
  return typed.trim().toUpperCase()
}

export function lookupLock(caseNo: string, retryAfterSeconds: number, nowMs: number): LookupLock {
  return { caseNo: normalCaseNo(caseNo), untilMs: nowMs + retryAfterSeconds * 1000 }
}

export function isLocked(lock: LookupLock | undefined, typedCaseNo: string, nowMs: number): boolean {
  return lock !== undefined && lock.caseNo === normalCaseNo(typedCaseNo) && nowMs < lock.untilMs
}

/** 今天 11:05以后可以再查询这个办件编号 — in Zhaotong's time, whatever the phone's time zone. */
export function lockedUntilWords(lock: LookupLock, nowMs: number): string {
  // Up to the next whole minute: the time said is never one at which the platform still refuses.
  const until = shanghaiIso(Math.ceil(lock.untilMs / 60_000) * 60_000)
  const date = until.slice(0, 10)
  const clock = until.slice(11, 16)
  const today = shanghaiDate(nowMs)
  const day = date === today ? '今天' : date === addDays(today, 1) ? '明天' : dateWords(date, today)
  return `${day} ${clock}以后可以再查询这个办件编号`
}

/**
 * Said after a wrong try. The platform does not say how many tries are left, so neither does the app: only
 * the rule.
 */
export const WRONG_TRY_WARNING = `同一个办件编号${CASE_LOOKUP_LIMIT.windowSeconds / 3600}小时内输错${CASE_LOOKUP_LIMIT.failuresPerCaseNo}次，会暂停查询，最长${CASE_LOOKUP_LIMIT.windowSeconds / 3600}小时。`
