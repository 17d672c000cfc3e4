import { targetFromBundle } from '@contract/rules/situations'
import {
  answer,
  answerRows,
  back,
  begin,
  change,
  confirm,
  initialFlow,
  progressOf,
  type FlowState,
} from './questionFlow'
import type { SituationQuestion } from '@contract/api/catalog'
import { newbornBundle } from '@contract/rules/testing/newbornBundle'

const { questions } = targetFromBundle(newbornBundle)
const asking = (state: FlowState) =>
  state.step.kind === 'question' ? state.step.questionId : state.step.kind

function answerAll(pairs: Array<[string, string]>): FlowState {
  return pairs.reduce(
    (state, [id, value]) => answer(questions, state, id, value),
    begin(questions, initialFlow),
  )
}

describe('question flow', () => {
  it('asks one question at a time in order, skipping follow-ups that do not apply, then shows the summary', () => {
    let state = begin(questions, initialFlow)
    expect(asking(state)).toBe('married')
    state = answer(questions, state, 'married', 'no')
    expect(asking(state)).toBe('socialCard')
    state = answer(questions, state, 'socialCard', 'no')
    expect(asking(state)).toBe('review')
    expect(state.answers).toEqual({ married: 'no', socialCard: 'no' })
  })

  it('asks the follow-up when the earlier answer calls for it', () => {
    const state = answerAll([['married', 'yes']])
    expect(asking(state)).toBe('hukouWith')
  })

  it('返回 goes to the previous question with its answer kept, and to the intro from the first', () => {
    let state = answerAll([
      ['married', 'yes'],
      ['hukouWith', 'father'],
    ])
    expect(asking(state)).toBe('socialCard')
    state = back(questions, state)
    expect(asking(state)).toBe('hukouWith')
    expect(state.answers.hukouWith).toBe('father')
    state = back(questions, back(questions, state))
    expect(asking(state)).toBe('intro')
    expect(back(questions, state)).toBe(state)
  })

  it('going back and changing an answer drops the answer to a question that no longer applies', () => {
    let state = answerAll([
      ['married', 'yes'],
      ['hukouWith', 'mother'],
    ])
    state = back(questions, back(questions, state))
    expect(asking(state)).toBe('married')
    state = answer(questions, state, 'married', 'no')
    expect(state.answers).toEqual({ married: 'no' })
    expect(asking(state)).toBe('socialCard')
  })

  it('修改 from the summary returns to the summary, asking a newly opened question first', () => {
    let state = answerAll([
      ['married', 'no'],
      ['socialCard', 'no'],
    ])
    state = change(state, 'socialCard')
    expect(back(questions, state).step).toEqual({ kind: 'review' })
    state = answer(questions, change(state, 'married'), 'married', 'yes')
    expect(asking(state)).toBe('hukouWith')
    state = answer(questions, state, 'hukouWith', 'father')
    expect(asking(state)).toBe('review')
    expect(state.answers).toEqual({ married: 'yes', hukouWith: 'father', socialCard: 'no' })
  })

  it('ignores an answer that is not one of the options, or for a question not on screen', () => {
    const state = begin(questions, initialFlow)
    expect(answer(questions, state, 'married', 'maybe')).toBe(state)
    expect(answer(questions, state, 'socialCard', 'yes')).toBe(state)
  })

  it('confirm moves from the summary to the checklist, and 返回 from the checklist comes back', () => {
    const review = answerAll([
      ['married', 'no'],
      ['socialCard', 'no'],
    ])
    const checklist = confirm(review)
    expect(checklist.step).toEqual({ kind: 'checklist' })
    expect(back(questions, checklist).step).toEqual({ kind: 'review' })
    expect(confirm(begin(questions, initialFlow)).step.kind).toBe('question')
  })

  it('goes straight to the checklist when nothing needs asking', () => {
    expect(begin([], initialFlow).step).toEqual({ kind: 'checklist' })
    expect(back([], begin([], initialFlow)).step).toEqual({ kind: 'intro' })
  })

  it('lists the summary rows with the chosen labels and counts progress over the questions asked', () => {
    const answers = { married: 'yes', hukouWith: 'father', socialCard: 'no' }
    expect(answerRows(questions, answers).map((r) => [r.question.id, r.answerLabel])).toEqual([
      ['married', '是'],
      ['hukouWith', '随父亲'],
      ['socialCard', '否'],
    ])
    expect(progressOf(questions, { married: 'no' }, 'socialCard')).toEqual({
      position: 2,
      total: 2,
      totalIsFinal: true,
    })
    expect(progressOf(questions, answers, 'socialCard')).toEqual({
      position: 3,
      total: 3,
      totalIsFinal: true,
    })
  })

  it('never shows a total that grows: until the answer deciding a follow-up is given, it is the most there can be', () => {
    // The forward path of married parents: the follow-up 户口随父还是随母 is only known once 已婚 is chosen.
    const path: Array<[string, string]> = [
      ['married', 'yes'],
      ['hukouWith', 'father'],
      ['socialCard', 'no'],
    ]
    let state = begin(questions, initialFlow)
    const seen: string[] = []
    for (const [id, value] of path) {
      const { position, total, totalIsFinal } = progressOf(questions, state.answers, id)
      seen.push(`第 ${position} 题，${totalIsFinal ? '共' : '最多'} ${total} 题`)
      state = answer(questions, state, id, value)
    }
    expect(seen).toEqual(['第 1 题，最多 3 题', '第 2 题，共 3 题', '第 3 题，共 3 题'])
    // Unmarried: the most there can be falls to the number asked.
    const unmarried = answer(questions, begin(questions, initialFlow), 'married', 'no')
    expect(progressOf(questions, unmarried.answers, 'socialCard')).toMatchObject({
      total: 2,
      totalIsFinal: true,
    })
  })

  it('decides conditions on answers not given yet in three-valued logic (all, any, not)', () => {
    const q = (id: string, showIf?: SituationQuestion['showIf']): SituationQuestion => ({
      id,
      text: id,
      options: [
        { value: 'yes', label: '是' },
        { value: 'no', label: '否' },
      ],
      ...(showIf ? { showIf } : {}),
    })
    const a = { question: 'a', in: ['yes'] }
    const set = [
      q('a'),
      q('b'),
      q('allAB', { all: [a, { question: 'b', in: ['yes'] }] }),
      q('notA', { not: a }),
      q('anyAB', { any: [a, { question: 'b', in: ['yes'] }] }),
    ]
    expect(progressOf(set, {}, 'a')).toEqual({ position: 1, total: 5, totalIsFinal: false })
    // a = no settles allAB (not asked) and notA (asked); anyAB still waits for b.
    expect(progressOf(set, { a: 'no' }, 'b')).toEqual({ position: 2, total: 4, totalIsFinal: false })
    expect(progressOf(set, { a: 'no', b: 'no' }, 'notA')).toEqual({
      position: 3,
      total: 3,
      totalIsFinal: true,
    })
    // a = yes settles notA (not asked) and anyAB (asked).
    expect(progressOf(set, { a: 'yes' }, 'b')).toMatchObject({ total: 4, totalIsFinal: false })
    expect(progressOf(set, { a: 'yes', b: 'yes' }, 'allAB')).toEqual({
      position: 3,
      total: 4,
      totalIsFinal: true,
    })
  })
})
