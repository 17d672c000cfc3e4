import { RealNameRequestSchema, SmsLoginRequestSchema } from '@contract/api'
import { validateField, validateFields } from './validate'

describe('validateFields with the contract schemas', () => {
  it('accepts a well-formed real-name request and normalises the check letter', () => {
    const result = validateFields(RealNameRequestSchema, { name: '张三', idNumber: '11010519491231002x' })
    expect(result).toEqual({ ok: true, value: { name: '张三', idNumber: '11010519491231002X' } })
  })

  it('gives one plain-Chinese message per failing field', () => {
    const result = validateFields(RealNameRequestSchema, { name: 'Zhang', idNumber: '110105194912310021' })
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors.name).toMatch(/中文姓名/)
    expect(result.errors.idNumber).toMatch(/校验/)
  })

  it('validates a single field for on-blur messages', () => {
    expect(validateField(SmsLoginRequestSchema, 'phone', '1380013800')).toMatch(/手机号/)
    expect(validateField(SmsLoginRequestSchema, 'phone', '13800138000')).toBeUndefined()
    expect(validateField(SmsLoginRequestSchema, 'code', '12a456')).toMatch(/6位/)
  })
})
