import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import { ApplicationRequestSchema } from '../api/applications'
import { DraftSchema } from '../api/drafts'
import { FormSchema, SENSITIVE_KIND_LABELS, SENSITIVE_KINDS } from '../api/forms'
import { kindsInWords, kindsNotAgreed, orderedKinds } from './sensitiveConsent'

const AT = '2026-03-02T09:58:00+08:00'

describe('separate consent to sensitive personal information', () => {
  it('leaves nothing to ask when the form lists no kind', () => {
    assert.deepEqual(kindsNotAgreed(undefined, undefined), [])
    assert.deepEqual(kindsNotAgreed([], undefined), [])
  })

  it('asks for every kind of the form without a consent, and for what a consent does not cover', () => {
    assert.deepEqual(kindsNotAgreed(['health', 'minor', 'idPhoto'], undefined), [
      'minor',
      'idPhoto',
      'health',
    ])
    assert.deepEqual(
      kindsNotAgreed(['minor', 'idPhoto'], { kinds: ['idPhoto', 'bankAccount'], agreedAt: AT }),
      ['minor'],
    )
    assert.deepEqual(kindsNotAgreed(['minor', 'idPhoto'], { kinds: ['idPhoto', 'minor'], agreedAt: AT }), [])
  })

  it('has one plain-Chinese label per kind, read in the contract’s order', () => {
    for (const kind of SENSITIVE_KINDS) assert.match(SENSITIVE_KIND_LABELS[kind], /[\u4e00-\u9fff]/)
    assert.deepEqual(orderedKinds(['health', 'minor', 'health']), ['minor', 'health'])
    assert.equal(
      kindsInWords(['bankAccount', 'minor']),
      `${SENSITIVE_KIND_LABELS.minor}；${SENSITIVE_KIND_LABELS.bankAccount}`,
    )
  })

  it('travels in the form, the draft and the application as optional fields of the contract', () => {
    const form = {
      targetId: 'b-x',
      kind: 'bundle',
      name: 'x',
      items: [],
      sections: [],
      providesMaterials: [],
    }
    assert.ok(v.is(FormSchema, form), 'a form without the list is still valid')
    assert.deepEqual(v.parse(FormSchema, { ...form, sensitiveKinds: ['minor'] }).sensitiveKinds, ['minor'])
    assert.ok(!v.is(FormSchema, { ...form, sensitiveKinds: ['face'] }), 'only the kinds the contract names')

    const consent = { kinds: ['minor', 'idPhoto'], agreedAt: AT }
    const draft = {
      targetId: 'b-x',
      answers: {},
      formData: {},
      unlocked: [],
      materials: [],
      idempotencyKey: 'key-00000001',
      updatedAt: AT,
    }
    assert.deepEqual(v.parse(DraftSchema, { ...draft, sensitiveConsent: consent }).sensitiveConsent, consent)
    const request = { targetId: 'b-x', answers: {}, formData: {}, materials: [] }
    assert.deepEqual(
      v.parse(ApplicationRequestSchema, { ...request, sensitiveConsent: consent }).sensitiveConsent,
      consent,
    )
    assert.ok(!v.is(ApplicationRequestSchema, { ...request, sensitiveConsent: { kinds: ['minor'] } }), 'when')
  })
})
