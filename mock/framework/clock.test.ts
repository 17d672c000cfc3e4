import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { createClock, parseInstant, toShanghaiDate, toShanghaiIso } from './clock'

describe('clock', () => {
  it('formats instants in Asia/Shanghai whatever the machine time zone', () => {
    assert.equal(toShanghaiIso(new Date('2024-12-31T16:30:05.789Z')), '2025-01-01T00:30:05+08:00')
    assert.equal(toShanghaiDate(new Date('2024-12-31T15:59:59Z')), '2024-12-31')
    assert.equal(toShanghaiDate(new Date('2024-12-31T16:00:00Z')), '2025-01-01')
  })

  it('parses only ISO instants that state their offset', () => {
    assert.equal(parseInstant('2025-03-03T09:00:00+08:00')?.toISOString(), '2025-03-03T01:00:00.000Z')
    assert.equal(parseInstant('2025-03-03T01:00Z')?.toISOString(), '2025-03-03T01:00:00.000Z')
    assert.equal(parseInstant('2025-03-03T09:00:00'), null)
    assert.equal(parseInstant('2025-02-30T09:00:00+08:00'), null)
    assert.equal(parseInstant('2025-03-03T00:30:00-05:00')?.toISOString(), '2025-03-03T05:30:00.000Z')
    assert.equal(parseInstant('yesterday'), null)
  })

  it('keeps ticking from the instant it was set to', () => {
    let real = 1_000_000
    let offset = 0
    const clock = createClock({ get: () => offset, set: (ms) => (offset = ms) }, () => real)
    clock.set(new Date('2025-03-03T09:00:00+08:00'))
    real += 5000
    assert.equal(toShanghaiIso(clock.now()), '2025-03-03T09:00:05+08:00')
    assert.equal(clock.nowMs(), clock.now().getTime())
  })
})
