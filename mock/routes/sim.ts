import { SimClockRequestSchema, SimFaultRequestSchema } from '../../types/api/sim'
import { parseInstant, toShanghaiIso } from '../framework/clock'
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
    if ('now' in body) {
      const instant = parseInstant(body.now)
      if (!instant) throw validationFailed({ now: '请填写带时区的时间，例如 2025-03-03T09:00:00+08:00' })
      ctx.clock.set(instant)
    } else {
      ctx.clock.set(new Date(ctx.clock.nowMs() + body.advanceSeconds * 1000))
    }
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
