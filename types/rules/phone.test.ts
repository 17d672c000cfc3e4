import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { isMainlandMobile } from './phone'

describe('isMainlandMobile', () => {
  it('accepts 11-digit numbers on the 13x–19x networks', () => {
    for (const phone of ['13812345678', '15987012345', '18987056789', '19912345678']) {
      assert.equal(isMainlandMobile(phone), true, phone)
    }
  })

  it('rejects landlines, short numbers, country codes, spaces and the 10x–12x ranges', () => {
    for (const phone of [
      '0870-2123456',
      '1381234567',
      '138123456789',
      '+8613812345678',
      '138 1234 5678',
      '12345678901',
      '',
    ]) {
      assert.equal(isMainlandMobile(phone), false, phone)
    }
  })
})
