import * as v from 'valibot'

import { ERROR_CODES } from './common'
import { RealNameRequestSchema, SmsSendRequestSchema } from './identity'

/**
 * The simulator's test controls (/api/v1/__sim/...). They never exist in production; the e2e runner and
 * test helpers import these, the app does not (so they are not re-exported from ./index).
 */

export const SimLoginRequestSchema = v.object({
  ...SmsSendRequestSchema.entries,
  /** Given: the citizen is real-name verified with this identity (same checks as POST /me/realname). */
  realName: v.optional(RealNameRequestSchema),
})
export type SimLoginRequest = v.InferInput<typeof SimLoginRequestSchema>

/** Exactly one of: an absolute time (ISO 8601 with its offset) or a step forward. */
export const SimClockRequestSchema = v.union([
  v.object({ now: v.string() }),
  v.object({ advanceSeconds: v.pipe(v.number(), v.minValue(0, '只能向后调整时间')) }),
])
export type SimClockRequest = v.InferInput<typeof SimClockRequestSchema>

export const SimClockSchema = v.object({ now: v.string(), offsetMs: v.number() })
export type SimClock = v.InferOutput<typeof SimClockSchema>

/** A fault's `route` is a path or glob, never longer than a real path needs (each request is matched on it). */
export const MAX_FAULT_ROUTE_LENGTH = 200

export const SimFaultRequestSchema = v.object({
  /** Path prefix ("/applications") or glob ("/cases/*" + "/supplements"; "**" spans segments) under /api/v1. */
  route: v.optional(
    v.pipe(v.string(), v.maxLength(MAX_FAULT_ROUTE_LENGTH, `路由规则不超过${MAX_FAULT_ROUTE_LENGTH}个字符`)),
  ),
  method: v.optional(v.picklist(['GET', 'POST', 'PUT', 'DELETE', 'get', 'post', 'put', 'delete'])),
  /** An error status (400–599) answered with the contract body; 0 = drop the connection. */
  status: v.optional(
    v.pipe(
      v.number(),
      v.integer(),
      v.check((s) => s === 0 || (s >= 400 && s <= 599), '状态码应为0或400至599'),
    ),
  ),
  /** Overrides the code that goes with `status` (e.g. SLOT_FULL for a 409). */
  code: v.optional(v.picklist(ERROR_CODES)),
  delayMs: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(0, '延迟不能为负'), v.maxValue(120_000, '延迟不超过120秒')),
  ),
  rate: v.optional(v.pipe(v.number(), v.minValue(0, '概率应在0至1之间'), v.maxValue(1, '概率应在0至1之间'))),
  times: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, '次数至少为1'))),
  drop: v.optional(v.boolean()),
  /** The handler runs and commits first; then the response is delayed, dropped or replaced. */
  after: v.optional(v.boolean()),
})
export type SimFaultRequest = v.InferOutput<typeof SimFaultRequestSchema>
