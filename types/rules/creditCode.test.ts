import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import fc from 'fast-check'

import { CREDIT_CODE_CHARSET, creditCodeCheckChar, validateCreditCode } from './creditCode'

const charsetChar = fc.constantFrom(...CREDIT_CODE_CHARSET)
const first17 = fc.array(charsetChar, { minLength: 17, maxLength: 17 }).map((chars) => chars.join(''))
const validCode = first17.map((body) => body + creditCodeCheckChar(body))

describe('validateCreditCode (GB 32100-2015)', () => {
  it('accepts the standard example without a warning', () => {
    assert.deepEqual(validateCreditCode('91350100M000100Y43'), { ok: true, code: '91350100M000100Y43' })
  })

  it('accepts lower case and surrounding spaces, and returns the code in upper case', () => {
    assert.deepEqual(validateCreditCode(' 91350100m000100y43 '), { ok: true, code: '91350100M000100Y43' })
  })

  it('refuses a wrong length or a letter outside the alphabet, saying why', () => {
    assert.deepEqual(validateCreditCode('91350100M000100Y4'), {
      ok: false,
      reason: '统一社会信用代码应为18位',
    })
    for (const letter of 'IOSVZ') {
      const result = validateCreditCode(`91350100M000100${letter}43`)
      assert.equal(result.ok, false, letter)
    }
  })

  it('only warns when the check character is wrong: early pilot codes are real but fail it', () => {
    const result = validateCreditCode('91350100M000100Y44')
    assert.equal(result.ok, true)
    assert.match(result.ok ? (result.warning ?? '') : '', /校验位/)
  })

  it('property: every code built with its check character passes without a warning', () => {
    fc.assert(
      fc.property(validCode, (code) => {
        assert.deepEqual(validateCreditCode(code), { ok: true, code })
      }),
    )
  })

  it('property: changing any one character of a valid code is always noticed (31 is prime)', () => {
    fc.assert(
      fc.property(validCode, fc.nat(17), charsetChar, (code, position, replacement) => {
        fc.pre(code[position] !== replacement)
        const changed = code.slice(0, position) + replacement + code.slice(position + 1)
        const result = validateCreditCode(changed)
        assert.equal(result.ok && result.warning !== undefined, true, changed)
      }),
    )
  })

  it('property: swapping two different neighbouring characters is noticed', () => {
    fc.assert(
      fc.property(validCode, fc.nat(16), (code, position) => {
        fc.pre(code[position] !== code[position + 1])
        const swapped =
          code.slice(0, position) + code[position + 1] + code[position] + code.slice(position + 2)
        const result = validateCreditCode(swapped)
        assert.equal(result.ok && result.warning !== undefined, true, swapped)
      }),
    )
  })
})
