import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import { CatalogEntrySchema } from '../../../types/api/catalog'
import { catalogIndex } from '.'
import { generateStressCatalog } from './stress'

describe('generateStressCatalog', () => {
  const stress = generateStressCatalog()

  it('has the requested size, unique ids and valid entries', () => {
    assert.equal(stress.length, 15_000)
    assert.equal(new Set(stress.map((e) => e.id)).size, stress.length)
    for (const entry of stress) assert.ok(v.is(CatalogEntrySchema, entry), entry.id)
    assert.equal(generateStressCatalog(2_000, 7).length, 2_000)
  })

  it('contains the real catalog unchanged', () => {
    const byId = new Map(stress.map((e) => [e.id, e]))
    for (const entry of catalogIndex().entries) assert.deepEqual(byId.get(entry.id), entry)
  })

  it('surrounds the real items with look-alikes: county copies and 变更/延续/注销/补证 variants', () => {
    const named = (name: string) => stress.filter((e) => e.name === name)
    const birth = named('出生登记')
    assert.ok(birth.length > 1, 'county copies of 出生登记')
    assert.ok(birth.some((e) => e.department === '镇雄县公安局'))
    assert.ok(stress.some((e) => /^食品经营许可（(变更|延续|注销|补证)）$/.test(e.name)))
    const real = catalogIndex().entries.find((e) => e.id === 'i-birth-registration')
    for (const copy of birth.filter((e) => e.id !== 'i-birth-registration'))
      assert.ok(copy.hot < (real?.hot ?? 0))
  })

  it('is deterministic for a size and seed, and differs with the seed', () => {
    assert.deepEqual(generateStressCatalog(), stress)
    const other = generateStressCatalog(15_000, 2)
    assert.notDeepEqual(
      other.map((e) => e.id),
      stress.map((e) => e.id),
    )
  })
})
