import { SimClockRequestSchema, SimFaultRequestSchema } from '../../types/api/sim'
import { CLOCK_YEARS, isClockInRange, parseInstant, toShanghaiIso } from '../framework/clock'
import type { SimContext } from '../framework/context'
import { validationFailed } from '../framework/errors'
import type { FaultInjector } from '../framework/faults'
import { json, noContent } from '../framework/http'
import type { Router } from '../framework/router'
import { parseBody } from '../framework/validate'

/**
 * The simulator's own controls (clock, faults, reset). Feature-specific /__sim routes (e.g. /__sim/login)
 * live with their feature. The router drops every /__sim route in production.
 */
export function registerSimControls(
  router: Router,
  ctx: SimContext,
  controls: { faults: FaultInjector; reset(): void },
): void {
  const clockView = () => ({ now: toShanghaiIso(ctx.clock.now()), offsetMs: ctx.state.sim.clockOffsetMs })

  router.get('/__sim/clock', () => json(200, clockView()))

  router.post('/__sim/clock', (req) => {
    const body = parseBody(req, SimClockRequestSchema)
    const field = 'now' in body ? 'now' : 'advanceSeconds'
    let instant: Date
    if ('now' in body) {
      const parsed = parseInstant(body.now)
      if (!parsed) throw validationFailed({ now: '请填写带时区的时间，例如 2025-03-03T09:00:00+08:00' })
      instant = parsed
    } else {
      instant = new Date(ctx.clock.nowMs() + body.advanceSeconds * 1000)
    }
    // Checked before the clock moves: a clock set to year 0 or 1e13 s ahead broke every dated route.
    if (!isClockInRange(instant)) {
      throw validationFailed({
        [field]: `模拟时间只能在${CLOCK_YEARS.from}年至${CLOCK_YEARS.to}年之间`,
      })
    }
    ctx.clock.set(instant)
    return json(200, clockView())
  })

  router.get('/__sim/faults', () => json(200, { items: controls.faults.list() }))
  router.post('/__sim/faults', (req) => json(201, controls.faults.add(parseBody(req, SimFaultRequestSchema))))
  router.delete('/__sim/faults', () => {
    controls.faults.clear()
    return noContent()
  })

  router.post('/__sim/reset', () => {
    controls.reset()
    return noContent()
  })
}
