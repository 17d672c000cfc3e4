import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { validateIdNumber } from '../../types/rules/idNumber'
import { POPULATION_REGISTER, SEED_CITIZENS, ZHAOTONG_AREAS, seedIdentity } from './identity'

describe('identity seed', () => {
  it('uses valid Zhaotong ID numbers', () => {
    for (const person of POPULATION_REGISTER) {
      assert.equal(validateIdNumber(person.idNumber).ok, true, person.name)
      assert.ok(ZHAOTONG_AREAS[person.idNumber.slice(0, 6)], person.name)
    }
  })

  it('links every verified seed account to a register entry, once', () => {
    const ids = SEED_CITIZENS.flatMap((c) => (c.idNumber ? [c.idNumber] : []))
    assert.equal(new Set(ids).size, ids.length)
    for (const id of ids)
      assert.ok(
        POPULATION_REGISTER.some((p) => p.idNumber === id),
        id,
      )
    const seeded = seedIdentity()
    assert.equal(Object.values(seeded.citizens).filter((c) => c.realName).length, ids.length)
    assert.equal(seeded.nextCitizenSeq, SEED_CITIZENS.length + 1)
  })
})
