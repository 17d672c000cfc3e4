import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import type { FormField, FormSection } from '../api/forms'
import type { AutofillSources } from '../api/identity'
import { autofillCoverage, checkVerifiedClaims, prefillForm } from './formAutofill'

function field(key: string, extra: Partial<FormField> = {}): FormField {
  return { key, label: key, type: 'text', required: true, remember: true, forItems: ['i-a'], ...extra }
}
const form = (...fields: FormField[]): { sections: FormSection[] } => ({
  sections: [{ id: 'main', title: '信息', fields }],
})

const SOURCES: AutofillSources = {
  identity: {
    name: '王建国',
    idNumber: '530627197811050019',
    sex: 'male',
    birthDate: '1978-11-05',
    source: '公安人口库',
    verified: true,
  },
  phone: { value: '13908701111', source: '登录手机号', verified: true },
  licenses: [],
  addresses: [
    {
      id: 'addr-household',
      kind: 'household',
      label: '户籍地址',
      text: '云南省昭通市镇雄县乌峰街道南台路36号',
      source: '公安人口库',
      verified: true,
    },
  ],
  history: {
    'spouse.name': {
      value: '刘芳',
      usedAt: '2024-05-06T10:00:00+08:00',
      source: '历史申报',
      verified: false,
    },
    'newborn.name': {
      value: '王小明',
      usedAt: '2024-05-06T10:00:00+08:00',
      source: '历史申报',
      verified: false,
    },
    'card.delivery': {
      value: 'drone',
      usedAt: '2024-05-06T10:00:00+08:00',
      source: '历史申报',
      verified: false,
    },
  },
}

const name = field('applicant.name', { type: 'name', autofill: { path: 'identity.name', lock: true } })
const id = field('applicant.idNumber', {
  type: 'idNumber',
  autofill: { path: 'identity.idNumber', lock: true },
})
const phone = field('applicant.phone', { type: 'mobile', autofill: { path: 'phone', lock: false } })
const settle = field('settle.address', {
  type: 'address',
  autofill: { path: 'address.household', lock: false },
})
const sex = field('applicant.sex', {
  type: 'select',
  options: [
    { value: 'male', label: '男' },
    { value: 'female', label: '女' },
  ],
  autofill: { path: 'identity.sex', lock: true },
})
const spouse = field('spouse.name', { type: 'name' })
const baby = field('newborn.name', { type: 'name', remember: false })
const delivery = field('card.delivery', { type: 'select', options: [{ value: 'mail', label: '邮寄' }] })
const residence = field('applicant.residence', {
  type: 'address',
  autofill: { path: 'address.residence', lock: false },
})

describe('prefillForm', () => {
  const prefills = prefillForm(form(name, id, phone, settle, sex, spouse, baby, delivery, residence), SOURCES)

  it('fills from the trusted source, saying where the value came from', () => {
    assert.deepEqual(prefills['applicant.name'], {
      value: '王建国',
      source: '公安人口库',
      verified: true,
      locked: true,
    })
    assert.deepEqual(prefills['applicant.sex'], {
      value: 'male',
      source: '公安人口库',
      verified: true,
      locked: true,
    })
    assert.equal(prefills['settle.address']?.value, '云南省昭通市镇雄县乌峰街道南台路36号')
  })

  it('locks only what the form lets the platform vouch for', () => {
    assert.equal(prefills['applicant.phone']?.verified, true)
    assert.equal(prefills['applicant.phone']?.locked, false, 'the form leaves the contact phone editable')
    assert.equal(prefills['settle.address']?.locked, false)
  })

  it('offers what the citizen gave last time as an unverified suggestion, never a per-application fact', () => {
    assert.deepEqual(prefills['spouse.name'], {
      value: '刘芳',
      source: '历史申报',
      verified: false,
      locked: false,
    })
    assert.equal(prefills['newborn.name'], undefined, "last time's baby is not this baby")
    assert.equal(prefills['card.delivery'], undefined, 'a remembered value that is no longer an option')
    assert.equal(prefills['applicant.residence'], undefined, 'no such address and no history')
  })

  it('fills nothing from identity for a citizen without real-name verification', () => {
    const none = prefillForm(form(name, id), { ...SOURCES, identity: null })
    assert.deepEqual(none, {})
  })
})

describe('autofillCoverage', () => {
  it('counts the shown fields and those filled before any typing', () => {
    const hiddenUnlessNo = field('birth.place', { showIf: { question: 'born_in_province', in: ['no'] } })
    const theForm = form(name, id, phone, spouse, baby, hiddenUnlessNo)
    assert.deepEqual(autofillCoverage(theForm, { born_in_province: 'yes' }, SOURCES), {
      fieldsTotal: 5,
      autofilled: 4,
      leftToType: 1,
    })
    assert.deepEqual(autofillCoverage(theForm, { born_in_province: 'no' }, SOURCES), {
      fieldsTotal: 6,
      autofilled: 4,
      leftToType: 2,
    })
  })
})

describe('checkVerifiedClaims', () => {
  const theForm = form(name, id, phone, spouse)
  const values = {
    'applicant.name': '王建国',
    'applicant.idNumber': '530627197811050019',
    'applicant.phone': '13908701111',
  }

  it('accepts verified values that still match their source (case and spaces aside)', () => {
    const typed = { ...values, 'applicant.idNumber': ' 530627197811050019 ' }
    assert.deepEqual(
      checkVerifiedClaims(theForm, ['applicant.name', 'applicant.idNumber'], typed, SOURCES),
      {},
    )
  })

  it('refuses a value changed behind a verified claim, naming the source', () => {
    const tampered = { ...values, 'applicant.name': '王建民' }
    assert.deepEqual(checkVerifiedClaims(theForm, ['applicant.name'], tampered, SOURCES), {
      'applicant.name': 'applicant.name与公安人口库的记录不一致；如确需修改，请点“我需要修改”后填写',
    })
  })

  it('accepts the same change when the citizen unlocked the field (it is not claimed)', () => {
    assert.deepEqual(checkVerifiedClaims(theForm, [], { ...values, 'applicant.name': '王建民' }, SOURCES), {})
  })

  it('refuses a claim on a field the platform does not vouch for', () => {
    const errors = checkVerifiedClaims(theForm, ['spouse.name', 'applicant.phone', 'nope'], values, SOURCES)
    assert.deepEqual(Object.keys(errors).sort(), ['applicant.phone', 'nope', 'spouse.name'])
  })

  it('refuses a claim when the source has nothing verified to compare with', () => {
    const errors = checkVerifiedClaims(theForm, ['applicant.name'], values, { ...SOURCES, identity: null })
    assert.match(errors['applicant.name'] ?? '', /我需要修改/)
  })
})
