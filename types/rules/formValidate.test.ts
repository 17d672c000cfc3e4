import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import fc from 'fast-check'

import type { FormField, FormSection } from '../api/forms'
import { checkFieldValue, shownFields, validateForm } from './formValidate'
import { idNumberCheckChar } from './idNumber'

const NOW = new Date('2026-03-02T10:00:00+08:00')

function field(key: string, extra: Partial<FormField> = {}): FormField {
  return { key, label: key, type: 'text', required: false, remember: true, forItems: ['i-a'], ...extra }
}
const form = (...fields: FormField[]): { sections: FormSection[] } => ({
  sections: [{ id: 'main', title: '信息', fields }],
})
const errorOf = (f: FormField, value: string) => checkFieldValue(f, value, NOW).error

describe('checkFieldValue', () => {
  it('checks ID numbers with GB 11643 and says what is wrong', () => {
    const id = field('id', { type: 'idNumber', label: '身份证号' })
    assert.equal(errorOf(id, '530627197811050019'), undefined)
    assert.equal(errorOf(id, '53062719781105001x'), '校验位不正确，请核对')
    assert.equal(errorOf(id, '5306271978110500'), '身份证号应为18位')
    assert.equal(errorOf(id, '530627203011050019'), '出生日期不正确', 'born in the future')
  })

  it('only warns about a credit code whose check character fails', () => {
    const code = field('code', { type: 'creditCode', label: '统一社会信用代码' })
    assert.deepEqual(checkFieldValue(code, '91350100M000100Y43', NOW), {})
    const check = checkFieldValue(code, '91350100M000100Y44', NOW)
    assert.equal(check.error, undefined)
    assert.match(check.warning ?? '', /校验位/)
    assert.match(errorOf(code, '91350100M000100Y4') ?? '', /18位/)
  })

  it('checks mobiles, names, dates, amounts, counts, options and lengths', () => {
    assert.equal(errorOf(field('m', { type: 'mobile' }), '1390870111'), '请输入正确的11位手机号')
    assert.equal(errorOf(field('m', { type: 'mobile' }), '13908701111'), undefined)
    assert.match(errorOf(field('n', { type: 'name' }), 'Wang') ?? '', /中文姓名/)
    assert.equal(errorOf(field('n', { type: 'name' }), '阿依古丽·买买提'), undefined)

    const birth = field('birth', { type: 'date', label: '出生日期', dateRange: 'past' })
    assert.equal(errorOf(birth, '2026-03-02'), undefined, 'today is not the future')
    assert.equal(errorOf(birth, '2026-03-03'), '出生日期不能晚于今天')
    assert.equal(errorOf(birth, '2026-02-30'), '出生日期不正确，请选择日期')
    const opening = field('open', { type: 'date', label: '开业日期', dateRange: 'future' })
    assert.equal(errorOf(opening, '2026-03-01'), '开业日期不能早于今天')

    const capital = field('capital', { type: 'amount', label: '注册资本', min: 1, max: 10000, unit: '万元' })
    assert.equal(errorOf(capital, '50.5'), undefined)
    assert.equal(errorOf(capital, '50.555'), '注册资本请填写数字，最多两位小数')
    assert.equal(errorOf(capital, '0.5'), '注册资本不能少于1万元')
    assert.equal(errorOf(capital, '20000'), '注册资本不能超过10000万元')
    assert.equal(errorOf(field('count', { type: 'integer', label: '车辆数' }), '2.5'), '车辆数请填写整数')

    const delivery = field('d', {
      type: 'select',
      label: '领取方式',
      options: [{ value: 'mail', label: '邮寄' }],
    })
    assert.equal(errorOf(delivery, 'drone'), '请从给出的选项中选择领取方式')
    const short = field('t', { label: '名称', maxLength: 4, minLength: 2 })
    assert.equal(errorOf(short, '昭通市通'), undefined, 'counts characters, not bytes')
    assert.equal(errorOf(short, '昭通市通办'), '名称最多4个字')
    assert.equal(errorOf(short, '昭'), '名称至少2个字')
  })

  it('property: any single digit changed in a valid ID number is refused (GB 11643 checksum)', () => {
    const body = fc
      .tuple(
        fc.integer({ min: 110000, max: 659999 }),
        fc.date({ min: new Date('1920-01-01'), max: new Date('2025-12-31'), noInvalidDate: true }),
        fc.integer({ min: 0, max: 999 }),
      )
      .map(
        ([area, birth, seq]) =>
          `${area}${birth.toISOString().slice(0, 10).replace(/-/g, '')}${String(seq).padStart(3, '0')}`,
      )
    const id = field('id', { type: 'idNumber' })
    fc.assert(
      fc.property(body, fc.nat(17), fc.integer({ min: 1, max: 9 }), (first17, position, delta) => {
        const valid = first17 + idNumberCheckChar(first17)
        assert.equal(errorOf(id, valid), undefined, valid)
        const chars = [...valid]
        if (position === 17) chars[17] = chars[17] === 'X' ? '0' : String((Number(chars[17]) + delta) % 10)
        else chars[position] = String((Number(chars[position]) + delta) % 10)
        assert.ok(errorOf(id, chars.join('')), chars.join(''))
      }),
    )
  })
})

describe('validateForm', () => {
  const delivery = field('card.delivery', {
    type: 'select',
    label: '领卡方式',
    required: true,
    options: [
      { value: 'mail', label: '邮寄到家' },
      { value: 'window', label: '窗口领取' },
    ],
  })
  const mailing = field('card.mailingAddress', {
    type: 'address',
    label: '邮寄地址',
    requiredIf: { field: 'card.delivery', in: ['mail'] },
    showIf: { field: 'card.delivery', in: ['mail', 'window'] },
  })
  const outside = field('birth.certificateNo', {
    label: '出生医学证明编号',
    required: true,
    showIf: { question: 'born_in_province', in: ['no'] },
  })
  const theForm = form(delivery, mailing, outside)

  it('requires a field only when its rule holds (邮寄 → 邮寄地址), with a message naming it', () => {
    assert.deepEqual(
      validateForm(theForm, { born_in_province: 'yes' }, { 'card.delivery': 'mail' }, NOW).errors,
      {
        'card.mailingAddress': '请填写邮寄地址',
      },
    )
    assert.deepEqual(
      validateForm(theForm, { born_in_province: 'yes' }, { 'card.delivery': 'window' }, NOW).errors,
      {},
    )
    assert.deepEqual(validateForm(theForm, { born_in_province: 'yes' }, {}, NOW).errors, {
      'card.delivery': '请选择领卡方式',
    })
  })

  it('neither checks nor submits hidden fields, and submits trimmed values', () => {
    const check = validateForm(
      theForm,
      { born_in_province: 'yes' },
      { 'card.delivery': ' window ', 'birth.certificateNo': 'stale value' },
      NOW,
    )
    assert.deepEqual(check.values, { 'card.delivery': 'window' })
    assert.deepEqual(
      validateForm(theForm, { born_in_province: 'no' }, { 'card.delivery': 'window' }, NOW).errors,
      {
        'birth.certificateNo': '请填写出生医学证明编号',
      },
    )
  })

  it('hides a field whose condition reads a hidden field, wherever it sits, and survives a cycle in the data', () => {
    const a = field('a', { showIf: { question: 'q', in: ['yes'] } })
    const b = field('b', { showIf: { field: 'a', in: ['1'] } })
    const { shown } = shownFields(form(b, a), { q: 'no' }, { a: '1' })
    assert.equal(shown('b'), false)
    assert.equal(shownFields(form(b, a), { q: 'yes' }, { a: '1' }).shown('b'), true)
    const loop = form(
      field('x', { showIf: { field: 'y', in: [''] } }),
      field('y', { showIf: { field: 'x', in: [''] } }),
    )
    assert.deepEqual(validateForm(loop, {}, {}, NOW).errors, {})
  })
})
