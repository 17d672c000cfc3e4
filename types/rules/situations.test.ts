import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import fc from 'fast-check'

import type { Bundle, Condition, ItemGuide, Material, SituationQuestion } from '../api/catalog'
import {
  checkAnswers,
  conditionHolds,
  evaluateSituation,
  nextQuestion,
  targetFromBundle,
  targetFromItem,
  visibleQuestions,
} from './situations'
import { hukou, marriage, member, newbornBundle, yesNo } from './testing/newbornBundle'

const target = targetFromBundle(newbornBundle)

describe('conditionHolds', () => {
  const answers = { a: 'x', b: 'y' }
  it('matches answers, combines all/any/not, and treats an unanswered question as matching nothing', () => {
    assert.equal(conditionHolds({ question: 'a', in: ['x', 'z'] }, answers), true)
    assert.equal(conditionHolds({ question: 'a', in: ['z'] }, answers), false)
    assert.equal(conditionHolds({ question: 'missing', in: ['x'] }, answers), false)
    assert.equal(conditionHolds({ not: { question: 'missing', in: ['x'] } }, answers), true)
    assert.equal(
      conditionHolds(
        {
          all: [
            { question: 'a', in: ['x'] },
            { question: 'b', in: ['y'] },
          ],
        },
        answers,
      ),
      true,
    )
    assert.equal(
      conditionHolds(
        {
          any: [
            { question: 'a', in: ['no'] },
            { question: 'b', in: ['y'] },
          ],
        },
        answers,
      ),
      true,
    )
    assert.equal(conditionHolds({ all: [] }, answers), true)
    assert.equal(conditionHolds({ any: [] }, answers), false)
  })

  it('obeys De Morgan for any answers (property)', () => {
    const leaf = fc.record({
      question: fc.constantFrom('a', 'b', 'c'),
      in: fc.subarray(['x', 'y', 'z']),
    })
    const cond: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
      c: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        leaf,
        fc.record({ all: fc.array(tie('c'), { maxLength: 3 }) }),
        fc.record({ any: fc.array(tie('c'), { maxLength: 3 }) }),
        fc.record({ not: tie('c') }),
      ),
    })).c
    const answersArb = fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('x', 'y', 'z'))
    fc.assert(
      fc.property(fc.array(cond, { maxLength: 4 }), answersArb, (conds, ans) => {
        const notAll = conditionHolds({ not: { all: conds } }, ans)
        const anyNot = conditionHolds({ any: conds.map((c) => ({ not: c })) }, ans)
        return notAll === anyNot
      }),
    )
  })
})

describe('the question flow', () => {
  it('asks a follow-up only when its condition holds, and in order', () => {
    assert.equal(nextQuestion(newbornBundle.questions, {})?.id, 'married')
    assert.equal(nextQuestion(newbornBundle.questions, { married: 'yes' })?.id, 'hukouWith')
    assert.equal(nextQuestion(newbornBundle.questions, { married: 'no' })?.id, 'socialCard')
    assert.equal(nextQuestion(newbornBundle.questions, { married: 'no', socialCard: 'no' }), null)
  })

  it('drops the answer to a question an earlier change has hidden', () => {
    const { questions, effective } = visibleQuestions(newbornBundle.questions, {
      married: 'no',
      hukouWith: 'father',
      socialCard: 'no',
    })
    assert.deepEqual(
      questions.map((q) => q.id),
      ['married', 'socialCard'],
    )
    assert.deepEqual(effective, { married: 'no', socialCard: 'no' })
  })

  it('ignores an answer that is not one of the options', () => {
    assert.equal(nextQuestion(newbornBundle.questions, { married: 'maybe' })?.id, 'married')
  })
})

describe('checkAnswers', () => {
  it('names every unanswered question shown to this citizen', () => {
    assert.deepEqual(checkAnswers(target, { married: 'yes' }), {
      hukouWith: '请回答：孩子户口随父亲还是母亲？',
      socialCard: '请回答：是否同时为孩子申领社保卡？',
    })
  })

  it('refuses unknown questions, values outside the options, and answers to hidden questions', () => {
    const errors = checkAnswers(target, {
      married: 'no',
      hukouWith: 'father',
      socialCard: 'perhaps',
      extra: 'x',
    })
    assert.match(errors.extra ?? '', /没有这个问题/)
    assert.match(errors.socialCard ?? '', /请从给出的选项中选择/)
    assert.match(errors.hukouWith ?? '', /不需要回答/)
  })

  it('reports a contradiction declared by the rules on the question it names', () => {
    assert.deepEqual(checkAnswers(target, { married: 'no', socialCard: 'yes' }), {
      socialCard: '父母未登记结婚的，请先办好出生登记，再申领社保卡',
    })
  })
})

describe('evaluateSituation', () => {
  it('lists the items that apply, says which were skipped, and sums their fees', () => {
    const evaluation = evaluateSituation(target, { married: 'yes', hukouWith: 'father', socialCard: 'no' })
    assert.ok(evaluation.ok)
    const { result } = evaluation
    assert.deepEqual(
      result.items.map((i) => i.itemId),
      ['i-birth-certificate', 'i-birth-registration'],
    )
    assert.deepEqual(result.skippedItems, [{ itemId: 'i-social-card-apply', name: '社会保障卡申领' }])
    assert.equal(result.feeYuan, 0)
    assert.deepEqual(result.notes, ['随父落户的，带父亲的户口簿'])
    assert.equal(result.committedWorkingDays, 5)

    const withCard = evaluateSituation(target, { married: 'yes', hukouWith: 'mother', socialCard: 'yes' })
    assert.ok(withCard.ok)
    assert.equal(withCard.result.feeYuan, 20)
    assert.deepEqual(withCard.result.notes, [])
  })

  it('says 全程网办 only when no item that applies has to be done in person', () => {
    // The bundle itself promises no trip; 社保卡 (in this variant) is made at the counter.
    const online = targetFromBundle({
      ...newbornBundle,
      visits: 0,
      items: newbornBundle.items.map((m) => (m.itemId === 'i-social-card-apply' ? { ...m, visits: 1 } : m)),
    })
    const answers = { married: 'yes', hukouWith: 'mother' }
    const without = evaluateSituation(online, { ...answers, socialCard: 'no' })
    const withCard = evaluateSituation(online, { ...answers, socialCard: 'yes' })
    assert.ok(without.ok && withCard.ok)
    assert.equal(without.result.visits, 0)
    assert.equal(withCard.result.visits, 1)
    // The bundle's own figure stands when it is higher than any item's.
    const evaluation = evaluateSituation(target, { ...answers, socialCard: 'no' })
    assert.ok(evaluation.ok)
    assert.equal(evaluation.result.visits, newbornBundle.visits)
  })

  it('lists a document several items ask for once, with the stricter requirement', () => {
    const evaluation = evaluateSituation(target, { married: 'yes', hukouWith: 'mother', socialCard: 'yes' })
    assert.ok(evaluation.ok)
    const byId = new Map(evaluation.result.materials.map((m) => [m.id, m]))
    assert.deepEqual(
      evaluation.result.materials.map((m) => m.id),
      ['m-id-card', 'm-birth-proof', 'm-marriage-certificate', 'm-household-register'],
    )
    const id = byId.get('m-id-card')
    assert.deepEqual(id?.forItems, ['i-birth-certificate', 'i-birth-registration'])
    assert.equal(id?.form, 'original_and_copy')
    assert.equal(id?.copies, 2)
    assert.deepEqual(byId.get('m-household-register')?.forItems, [
      'i-birth-registration',
      'i-social-card-apply',
    ])
    assert.equal(byId.get('m-marriage-certificate')?.toleranceDays, 10)
    assert.equal('requiredIf' in (byId.get('m-marriage-certificate') ?? {}), false)
  })

  it('leaves out a material whose condition does not hold', () => {
    const evaluation = evaluateSituation(target, { married: 'no', socialCard: 'no' })
    assert.ok(evaluation.ok)
    const ids = evaluation.result.materials.map((m) => m.id)
    assert.equal(ids.includes('m-marriage-certificate'), false)
    assert.equal(ids.includes('m-paternity'), true)
  })

  it('keeps 告知承诺 and 容缺 only where every item asking for the document allows them', () => {
    const lenient: Material = { ...marriage, toleranceDays: 10, commitmentAllowed: true }
    const strict: Material = { ...marriage, toleranceDays: undefined, commitmentAllowed: false }
    const bundle: Bundle = {
      ...newbornBundle,
      items: [member('i-a', 'A', [lenient]), member('i-b', 'B', [strict])],
    }
    const evaluation = evaluateSituation(targetFromBundle(bundle), {
      married: 'yes',
      hukouWith: 'father',
      socialCard: 'no',
    })
    assert.ok(evaluation.ok)
    const merged = evaluation.result.materials[0]
    assert.equal(merged?.commitmentAllowed, false)
    assert.equal(merged && 'toleranceDays' in merged, false)
  })

  it('treats an item as a bundle of itself', () => {
    const questions: SituationQuestion[] = [{ id: 'lost', text: '证件是否遗失？', options: yesNo }]
    const item: ItemGuide = {
      id: 'i-id-card-replacement',
      kind: 'item',
      code: '530600-000-XK-0001',
      name: '居民身份证补领',
      aliases: ['身份证丢了'],
      department: '市公安局',
      level: 'county',
      itemType: '行政确认',
      summary: '',
      conditions: [],
      committedWorkingDays: 20,
      statutoryWorkingDays: 60,
      fee: { amountYuan: 40, description: '工本费' },
      visits: 1,
      online: false,
      halls: [],
      materials: [{ ...hukou, requiredIf: { question: 'lost', in: ['yes'] } }],
      questions,
      constraints: [],
      notes: [],
      faq: [],
      hot: 10,
    }
    const evaluation = evaluateSituation(targetFromItem(item), { lost: 'yes' })
    assert.ok(evaluation.ok)
    assert.equal(evaluation.result.kind, 'item')
    assert.deepEqual(
      evaluation.result.items.map((i) => i.itemId),
      ['i-id-card-replacement'],
    )
    assert.equal(evaluation.result.feeYuan, 40)
    assert.equal(evaluation.result.materials.length, 1)
    assert.equal(evaluateSituation(targetFromItem(item), {}).ok, false)
  })

  it('gives a result for every complete answer set or refuses it with messages, never both (property)', () => {
    const answer = fc.option(fc.constantFrom('yes', 'no', 'father', 'mother', 'other'), { nil: undefined })
    fc.assert(
      fc.property(answer, answer, answer, (married, hukouWith, socialCard) => {
        const answers: Record<string, string> = {}
        if (married) answers.married = married
        if (hukouWith) answers.hukouWith = hukouWith
        if (socialCard) answers.socialCard = socialCard
        const evaluation = evaluateSituation(target, answers)
        const errors = checkAnswers(target, answers)
        if (evaluation.ok) return Object.keys(errors).length === 0 && evaluation.result.items.length >= 2
        return Object.keys(evaluation.errors).length > 0 && Object.values(evaluation.errors).every(Boolean)
      }),
    )
  })
})
