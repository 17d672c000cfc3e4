import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import { maskIdNumber, maskName, maskPhone } from './mask'

describe('masking', () => {
  it('keeps the first and last 4 characters of an ID number', () => {
    assert.equal(maskIdNumber('530602198503120017'), '5306**********0017')
    assert.equal(maskIdNumber('11010519491231002X'), '1101**********002X')
  })

  it('never returns a short ID number in clear', () => {
    assert.equal(maskIdNumber('12345678'), '********')
  })

  it('masks the middle four digits of a phone number', () => {
    assert.equal(maskPhone('13812345678'), '138****5678')
    assert.equal(maskPhone('123'), '***')
  })

  it('keeps only the family name', () => {
    assert.equal(maskName('张三'), '张*')
    assert.equal(maskName('李秀英'), '李**')
    assert.equal(maskName('欧阳娜娜'), '欧阳**')
    assert.equal(maskName('欧阳'), '欧*')
    assert.equal(maskName('阿依古丽·买买提'), '阿*******')
    assert.equal(maskName('张'), '张*')
    assert.equal(maskName(''), '')
  })

  it('counts a character outside the BMP once', () => {
    assert.equal(maskName('𠀋一'), '𠀋*')
  })
})
