import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { idNumberCheckChar, validateIdNumber } from './idNumber'

const NOW = new Date('2025-06-01T12:00:00+08:00')

/** Deterministic PRNG (mulberry32) so a failing case can be reproduced from its seed. */
function rng(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function randomValidId(next: () => number): { id: string; birthDate: string; sex: 'male' | 'female' } {
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1))
  const area = String(int(110000, 659999))
  const birth = new Date(Date.UTC(1900, 0, 1) + int(0, Date.UTC(2025, 4, 31) - Date.UTC(1900, 0, 1)))
  const birthDate = birth.toISOString().slice(0, 10)
  const seq = String(int(0, 999)).padStart(3, '0')
  const first17 = area + birthDate.replace(/-/g, '') + seq
  return {
    id: first17 + idNumberCheckChar(first17),
    birthDate,
    sex: Number(seq[2]) % 2 === 1 ? 'male' : 'female',
  }
}

describe('validateIdNumber', () => {
  it('accepts the GB 11643 example and reads birth date and sex', () => {
    assert.deepEqual(validateIdNumber('11010519491231002X', NOW), {
      ok: true,
      birthDate: '1949-12-31',
      sex: 'female',
    })
  })

  it('accepts a lowercase x and surrounding spaces', () => {
    assert.equal(validateIdNumber(' 11010519491231002x ', NOW).ok, true)
  })

  it('reads an odd sequence digit as male', () => {
    const first17 = '53060219850312001'
    assert.deepEqual(validateIdNumber(first17 + idNumberCheckChar(first17), NOW), {
      ok: true,
      birthDate: '1985-03-12',
      sex: 'male',
    })
  })

  const rejections: Array<[string, string, string]> = [
    ['too short', '11010519491231002', '身份证号应为18位'],
    ['too long', '11010519491231002X1', '身份证号应为18位'],
    ['empty', '', '身份证号应为18位'],
    ['15-digit old format', '110105491231002', '身份证号应为18位'],
    ['letter inside', '1101051949123100AX', '身份证号前17位应为数字，最后一位为数字或X'],
    ['full-width digits', '１１０１０５１９４９１２３１００２X', '身份证号前17位应为数字，最后一位为数字或X'],
    ['February 30th', withCheck('11010519490230002'), '出生日期不正确'],
    ['month 13', withCheck('11010519491331002'), '出生日期不正确'],
    ['29 February of a non-leap year', withCheck('11010519000229002'), '出生日期不正确'],
    ['born before 1900', withCheck('11010518991231002'), '出生日期不正确'],
    ['born tomorrow', withCheck('11010520250602002'), '出生日期不正确'],
    ['wrong check digit', '110105194912310021', '校验位不正确，请核对'],
  ]
  for (const [label, input, reason] of rejections) {
    it(`rejects ${label}`, () => assert.deepEqual(validateIdNumber(input, NOW), { ok: false, reason }))
  }

  it('accepts 29 February of a leap year and a citizen born today', () => {
    assert.equal(validateIdNumber(withCheck('11010520000229002'), NOW).ok, true)
    assert.equal(validateIdNumber(withCheck('11010520250601002'), NOW).ok, true)
  })

  it('uses the China date, not the device time zone, for "not in the future"', () => {
    // 2025-06-01T17:00Z is already 2 June in Shanghai: a baby born on 2 June is valid there.
    assert.equal(validateIdNumber(withCheck('11010520250602002'), new Date('2025-06-01T17:00:00Z')).ok, true)
  })

  it('property: every generated valid number passes, and every other check character fails', () => {
    const next = rng(20250601)
    for (let i = 0; i < 500; i++) {
      const { id, birthDate, sex } = randomValidId(next)
      assert.deepEqual(validateIdNumber(id, NOW), { ok: true, birthDate, sex }, id)
      for (const wrong of '0123456789X') {
        if (wrong === id[17]) continue
        assert.deepEqual(
          validateIdNumber(id.slice(0, 17) + wrong, NOW),
          { ok: false, reason: '校验位不正确，请核对' },
          id.slice(0, 17) + wrong,
        )
      }
    }
  })

  it('property: changing any single one of the first 17 digits is caught by the check character', () => {
    const next = rng(7)
    for (let i = 0; i < 200; i++) {
      const { id } = randomValidId(next)
      const pos = Math.floor(next() * 17)
      const digit = (Number(id[pos]) + 1 + Math.floor(next() * 9)) % 10
      const typo = id.slice(0, pos) + digit + id.slice(pos + 1)
      assert.equal(validateIdNumber(typo, NOW).ok, false, typo)
    }
  })
})

function withCheck(first17: string): string {
  return first17 + idNumberCheckChar(first17)
}
