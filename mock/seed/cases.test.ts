import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { CASE_TRANSITIONS } from '../../types/api/cases'
import { PLATFORM_CALENDAR } from './calendar'
import { emptyCases, ensureSeeded, SEED_CASES } from './cases'
import { findItem } from './catalog'
import { SEED_CITIZENS } from './identity'
import { emptyRatings } from './ratings'

function laidOut(now: string) {
  const state = { cases: emptyCases(), ratings: emptyRatings() }
  ensureSeeded(state, PLATFORM_CALENDAR, Date.parse(now))
  return state
}

describe('seed cases', () => {
  it('are for catalog items, with the catalog’s names and promises, and for seed citizens', () => {
    const state = laidOut('2026-11-23T10:00:00+08:00')
    for (const record of Object.values(state.cases.records)) {
      const item = findItem(record.itemId)
      assert.ok(item, `${record.itemId} is not in the catalog`)
      assert.equal(record.itemName, item.name)
      assert.equal(record.department, item.department)
      assert.equal(record.committedWorkingDays, item.committedWorkingDays)
      const owner = SEED_CITIZENS.find((c) => c.id === record.applicant.userId)
      assert.equal(record.applicant.phone, owner?.phone)
    }
  })

  it('only take legal steps, starting from 申请', () => {
    for (const seed of SEED_CASES) {
      assert.equal(seed.steps[0].status, 'submitted', seed.key)
      for (let i = 1; i < seed.steps.length; i++) {
        const [from, to] = [seed.steps[i - 1].status, seed.steps[i].status]
        assert.ok(CASE_TRANSITIONS[from].includes(to), `seed ${seed.key}: ${from} → ${to}`)
      }
    }
  })

  it('ask for 补正 with materials of the item’s own guide', () => {
    for (const seed of SEED_CASES.filter((s) => s.supplement)) {
      const ids = findItem(seed.itemId)?.materials.map((m) => m.id) ?? []
      for (const material of seed.supplement?.materials ?? []) {
        assert.ok(ids.includes(material.materialId), `${seed.key}: ${material.materialId}`)
      }
    }
  })

  // A Monday morning, a Sunday, before the first seed time of the day, and a year with no holiday data.
  for (const now of [
    '2026-11-23T10:00:00+08:00',
    '2026-11-22T15:00:00+08:00',
    '2026-11-24T06:30:00+08:00',
    '2027-03-10T10:00:00+08:00',
  ]) {
    it(`lay out in order and in the past at ${now}`, () => {
      const state = laidOut(now)
      const records = Object.values(state.cases.records)
      assert.equal(records.length, SEED_CASES.length)
      assert.equal(new Set(records.map((r) => r.caseNo)).size, records.length, 'case numbers repeat')
      for (const record of records) {
        const times = record.timeline.map((e) => Date.parse(e.at))
        for (let i = 1; i < times.length; i++) assert.ok(times[i] > times[i - 1], `${record.id} order`)
        assert.ok(times[times.length - 1] < Date.parse(now), `${record.id} ends in the future`)
        assert.equal(record.status, record.timeline[record.timeline.length - 1].status)
        assert.equal(record.updatedAt, record.timeline[record.timeline.length - 1].at)
      }
    })
  }

  it('are laid out once, with their ratings on finished cases', () => {
    const state = laidOut('2026-11-23T10:00:00+08:00')
    assert.equal(ensureSeeded(state, PLATFORM_CALENDAR, Date.parse('2026-12-01T10:00:00+08:00')), false)
    const ratings = Object.values(state.ratings.records)
    assert.equal(ratings.length, 2)
    for (const rating of ratings) {
      const record = state.cases.records[rating.subject.id]
      assert.ok(['completed', 'delivered'].includes(record.status))
      assert.ok(rating.ratedAt > record.timeline.find((e) => e.status === 'completed')!.at)
    }
    assert.equal(state.ratings.nextSeq, 3)
  })
})
