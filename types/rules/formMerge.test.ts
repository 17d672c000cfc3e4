import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import fc from 'fast-check'

import type { SituationAnswers } from '../api/catalog'
import type { FieldType, Form, FormCondition, FormField, FormSection } from '../api/forms'
import { type FormPart, FormDataError, formFields, mergeForms } from './formMerge'
import { checkFieldValue, formConditionHolds, isRequired, shownFields } from './formValidate'

const NOW = new Date('2026-03-02T10:00:00+08:00')

function field(key: string, forItem: string, extra: Partial<FormField> = {}): FormField {
  return { key, label: key, type: 'text', required: false, remember: true, forItems: [forItem], ...extra }
}

function part(itemId: string, fields: FormField[], extra: Partial<FormPart> = {}): FormPart {
  return { itemId, name: itemId, sections: [{ id: 'main', title: '信息', fields }], ...extra }
}

const TARGET = { targetId: 'b-test', kind: 'bundle' as const, name: '测试一件事' }
const byKey = (form: Form) => new Map(formFields(form).map((f) => [f.key, f]))

describe('mergeForms', () => {
  it('asks a datum several items need once, and records every item it feeds', () => {
    const form = mergeForms(TARGET, [
      part('i-a', [field('applicant.name', 'i-a'), field('a.only', 'i-a')]),
      part('i-b', [field('applicant.name', 'i-b')]),
      part('i-c', [field('applicant.name', 'i-c'), field('c.only', 'i-c')]),
    ])
    assert.deepEqual(
      formFields(form).map((f) => f.key),
      ['applicant.name', 'a.only', 'c.only'],
    )
    assert.deepEqual(byKey(form).get('applicant.name')?.forItems, ['i-a', 'i-b', 'i-c'])
  })

  it('lets the stricter rule win: required, the smaller maxLength, the larger minLength, common options', () => {
    const options = (...values: string[]) => values.map((value) => ({ value, label: value }))
    const form = mergeForms(TARGET, [
      part('i-a', [
        field('x', 'i-a', { required: false, maxLength: 50, minLength: 2 }),
        field('s', 'i-a', { type: 'select', required: true, options: options('mail', 'window', 'bank') }),
        field('n', 'i-a', { type: 'amount', min: 3, max: 100, unit: '万元' }),
      ]),
      part('i-b', [
        field('x', 'i-b', { required: true, maxLength: 30, minLength: 1 }),
        field('s', 'i-b', { type: 'select', options: options('window', 'mail') }),
        field('n', 'i-b', { type: 'amount', min: 10, max: 500, unit: '万元' }),
      ]),
    ])
    const fields = byKey(form)
    assert.equal(fields.get('x')?.required, true)
    assert.equal(fields.get('x')?.maxLength, 30)
    assert.equal(fields.get('x')?.minLength, 2)
    assert.deepEqual(
      fields.get('s')?.options?.map((o) => o.value),
      ['mail', 'window'],
    )
    assert.deepEqual([fields.get('n')?.min, fields.get('n')?.max], [10, 100])
  })

  it('keeps a field required only while the item that requires it applies', () => {
    const appliesIf = { question: 'social_card', in: ['yes'] }
    const form = mergeForms(TARGET, [
      part('i-a', [field('phone', 'i-a', { required: false })]),
      part('i-b', [field('phone', 'i-b', { required: true })], { appliesIf }),
    ])
    const phone = byKey(form).get('phone') as FormField
    const requiredWith = (answers: SituationAnswers) =>
      isRequired(phone, { ...shownFields(form, answers, {}).scope })
    assert.equal(phone.showIf, undefined, 'i-a always asks it')
    assert.equal(requiredWith({ social_card: 'yes' }), true)
    assert.equal(requiredWith({ social_card: 'no' }), false)
  })

  it('hides the fields of an item that does not apply to these answers', () => {
    const form = mergeForms(TARGET, [
      part('i-a', [field('name', 'i-a')]),
      part('i-b', [field('card.mail', 'i-b', { required: true })], {
        appliesIf: { question: 'card', in: ['yes'] },
      }),
    ])
    assert.equal(shownFields(form, { card: 'no' }, {}).shown('card.mail'), false)
    assert.equal(shownFields(form, { card: 'yes' }, {}).shown('card.mail'), true)
  })

  it('refuses data no value could satisfy: different types, no common option, crossed ranges', () => {
    const clash = (a: Partial<FormField>, b: Partial<FormField>) => () =>
      mergeForms(TARGET, [part('i-a', [field('k', 'i-a', a)]), part('i-b', [field('k', 'i-b', b)])])
    assert.throws(clash({ type: 'text' }, { type: 'date' }), FormDataError)
    assert.throws(
      clash(
        { type: 'select', options: [{ value: 'a', label: 'A' }] },
        { type: 'select', options: [{ value: 'b', label: 'B' }] },
      ),
      FormDataError,
    )
    assert.throws(clash({ minLength: 10 }, { maxLength: 5 }), FormDataError)
    assert.throws(
      clash({ type: 'date', dateRange: 'past' }, { type: 'date', dateRange: 'future' }),
      FormDataError,
    )
    assert.throws(
      clash({ autofill: { path: 'identity.name', lock: true } }, { autofill: { path: 'phone', lock: true } }),
      FormDataError,
    )
  })

  it('refuses a condition on a field the form does not have', () => {
    assert.throws(
      () =>
        mergeForms(TARGET, [
          part('i-a', [field('mail', 'i-a', { showIf: { field: 'delivery', in: ['mail'] } })]),
        ]),
      /missing field delivery/,
    )
  })
})

// ── Properties ───────────────────────────────────────────────────────────────────────────────────────────

const QUESTIONS = ['q1', 'q2', 'q3']
const ANSWER_VALUES = ['yes', 'no']
/** Each key always has the same type (the catalog's field library guarantees that). */
const KEYS: Record<string, FieldType> = {
  name: 'text',
  id: 'idNumber',
  phone: 'mobile',
  born: 'date',
  capital: 'amount',
  delivery: 'select',
  address: 'address',
}
/** Every item allows `window`, so intersections are never empty (an empty one is a data error, tested above). */
const DELIVERY = ['window', 'mail', 'bank', 'hall']

const answerCondition: fc.Arbitrary<FormCondition> = fc.record({
  question: fc.constantFrom(...QUESTIONS),
  in: fc.subarray(ANSWER_VALUES, { minLength: 1 }),
})
const condition: fc.Arbitrary<FormCondition> = fc.oneof(
  answerCondition,
  answerCondition.map((c) => ({ not: c })),
  fc.array(answerCondition, { minLength: 2, maxLength: 3 }).map((all) => ({ all })),
  fc.array(answerCondition, { minLength: 2, maxLength: 3 }).map((any) => ({ any })),
)

function arbitraryField(key: string, itemId: string): fc.Arbitrary<FormField> {
  const type = KEYS[key]
  return fc
    .record({
      required: fc.boolean(),
      requiredIf: fc.option(condition, { nil: undefined }),
      showIf: fc.option(condition, { nil: undefined }),
      minLength: fc.option(fc.integer({ min: 0, max: 3 }), { nil: undefined }),
      maxLength: fc.option(fc.integer({ min: 4, max: 40 }), { nil: undefined }),
      min: fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined }),
      max: fc.option(fc.integer({ min: 20, max: 1000 }), { nil: undefined }),
      options: fc.subarray(DELIVERY.slice(1)).map((extra) => ['window', ...extra]),
      dateRange: fc.option(fc.constant('past' as const), { nil: undefined }),
    })
    .map((r) => {
      const f: FormField = { key, label: key, type, required: r.required, remember: true, forItems: [itemId] }
      if (r.requiredIf) f.requiredIf = r.requiredIf
      if (r.showIf) f.showIf = r.showIf
      if (type === 'text' || type === 'address') {
        if (r.minLength !== undefined) f.minLength = r.minLength
        if (r.maxLength !== undefined) f.maxLength = r.maxLength
      }
      if (type === 'amount') {
        if (r.min !== undefined) f.min = r.min
        if (r.max !== undefined) f.max = r.max
        f.unit = '元'
      }
      if (type === 'select') f.options = r.options.map((value) => ({ value, label: value }))
      if (type === 'date' && r.dateRange) f.dateRange = r.dateRange
      return f
    })
}

const arbitraryPart = (index: number): fc.Arbitrary<FormPart> => {
  const itemId = `i-${index}`
  return fc
    .record({
      keys: fc.subarray(Object.keys(KEYS), { minLength: 1 }),
      appliesIf: fc.option(answerCondition, { nil: undefined }),
      split: fc.boolean(),
    })
    .chain(({ keys, appliesIf, split }) =>
      fc.tuple(...keys.map((key) => arbitraryField(key, itemId))).map((fields) => {
        const sections: FormSection[] = split
          ? [
              { id: 'a', title: 'A', fields: fields.filter((_, i) => i % 2 === 0) },
              { id: 'b', title: 'B', fields: fields.filter((_, i) => i % 2 === 1) },
            ]
          : [{ id: 'a', title: 'A', fields }]
        return appliesIf ? { itemId, name: itemId, appliesIf, sections } : { itemId, name: itemId, sections }
      }),
    )
}

const parts = fc
  .integer({ min: 1, max: 4 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => arbitraryPart(i))))

/** Every combination of answers (a question may also be unanswered). */
const ANSWER_SETS: SituationAnswers[] = (() => {
  let sets: SituationAnswers[] = [{}]
  for (const q of QUESTIONS) {
    sets = sets.flatMap((s) => [s, { ...s, [q]: 'yes' }, { ...s, [q]: 'no' }])
  }
  return sets
})()

/** What a citizen experiences of a form: for each answer set, which fields are shown and which required. */
function behaviour(form: Form): string[] {
  return ANSWER_SETS.map((answers) => {
    const { shown, scope } = shownFields(form, answers, {})
    return formFields(form)
      .map(
        (f) => `${f.key}:${shown(f.key) ? 'shown' : '-'}${shown(f.key) && isRequired(f, scope) ? '!' : ''}`,
      )
      .sort()
      .join(' ')
  })
}

/** The constraints of each field, independent of the order the parts were merged in. */
function constraints(form: Form) {
  return formFields(form)
    .map((f) => ({
      ...f,
      forItems: [...f.forItems].sort(),
      showIf: undefined,
      requiredIf: undefined,
      required: undefined,
    }))
    .sort((a, b) => (a.key < b.key ? -1 : 1))
}

const SAMPLE_VALUES = [
  '',
  'a',
  '张三',
  'window',
  'mail',
  'hall',
  '5',
  '15',
  '25',
  '2030-01-01',
  '2020-01-01',
  'x'.repeat(45),
]

describe('mergeForms properties (fast-check)', () => {
  it('does not depend on the order the items are merged in', () => {
    fc.assert(
      fc.property(parts, fc.infiniteStream(fc.nat()), (ps, noise) => {
        const shuffled = [...ps].sort(() => (noise.next().value % 3) - 1)
        const a = mergeForms(TARGET, ps)
        const b = mergeForms(TARGET, shuffled)
        assert.deepEqual(constraints(b), constraints(a))
        assert.deepEqual(behaviour(b), behaviour(a))
      }),
    )
  })

  it('is idempotent: merging an item twice, or merging the merged form again, changes nothing', () => {
    fc.assert(
      fc.property(parts, (ps) => {
        const once = mergeForms(TARGET, ps)
        const twice = mergeForms(TARGET, [...ps, ...ps])
        assert.deepEqual(constraints(twice), constraints(once))
        assert.deepEqual(behaviour(twice), behaviour(once))
        const again = mergeForms(TARGET, [{ itemId: 'merged', name: 'merged', sections: once.sections }])
        assert.deepEqual(constraints(again), constraints(once))
        assert.deepEqual(behaviour(again), behaviour(once))
      }),
    )
  })

  it('never loosens a constraint: whatever an applicable item shows, requires or refuses, the merge does too', () => {
    fc.assert(
      fc.property(parts, (ps) => {
        const mergedForm = mergeForms(TARGET, ps)
        const merged = byKey(mergedForm)
        for (const p of ps) {
          const alone = mergeForms(TARGET, [p])
          for (const answers of ANSWER_SETS) {
            const noFields = { answers, values: {}, shown: () => false }
            if (p.appliesIf && !formConditionHolds(p.appliesIf, noFields)) continue
            const own = shownFields(alone, answers, {})
            const all = shownFields(mergedForm, answers, {})
            for (const f of formFields(alone)) {
              if (!own.shown(f.key)) continue
              const m = merged.get(f.key) as FormField
              assert.equal(all.shown(f.key), true, `${f.key} hidden by the merge`)
              if (isRequired(f, own.scope))
                assert.equal(isRequired(m, all.scope), true, `${f.key} no longer required`)
              for (const value of SAMPLE_VALUES) {
                if (checkFieldValue(f, value, NOW).error) {
                  assert.ok(checkFieldValue(m, value, NOW).error, `${f.key} now accepts "${value}"`)
                }
              }
            }
          }
        }
      }),
    )
  })
})
