/**
 * The situation questions as GOV.UK "question pages": one question at a time, 继续 moves on, 返回 goes to the
 * previous question, then a check-your-answers page whose 修改 links come back to it, then the checklist.
 * Which questions are asked and which answers count is the shared evaluator's `visibleQuestions`, so an
 * answer to a question that an earlier answer has since hidden is dropped, never silently kept.
 */
import type { Condition, SituationAnswers, SituationQuestion } from '@contract/api/catalog'
import { nextQuestion, visibleQuestions } from '@contract/rules/situations'

export type FlowStep =
  | { kind: 'intro' }
  /** `fromReview`: reached through 修改, so 继续 returns to the summary once everything is answered. */
  | { kind: 'question'; questionId: string; fromReview: boolean }
  | { kind: 'review' }
  | { kind: 'checklist' }

export interface FlowState {
  step: FlowStep
  answers: SituationAnswers
}

export const initialFlow: FlowState = { step: { kind: 'intro' }, answers: {} }

const question = (questionId: string, fromReview = false): FlowStep => ({
  kind: 'question',
  questionId,
  fromReview,
})

/** 开始: the first question, or straight to the checklist when the target asks nothing. */
export function begin(questions: SituationQuestion[], state: FlowState): FlowState {
  const first = visibleQuestions(questions, state.answers).questions[0]
  return { ...state, step: first ? question(first.id) : { kind: 'checklist' } }
}

/** 继续 on a question page with an option chosen. */
export function answer(
  questions: SituationQuestion[],
  state: FlowState,
  questionId: string,
  value: string,
): FlowState {
  const { step } = state
  if (step.kind !== 'question' || step.questionId !== questionId) return state
  const { questions: shown, effective: answers } = visibleQuestions(questions, {
    ...state.answers,
    [questionId]: value,
  })
  if (answers[questionId] !== value) return state

  if (step.fromReview) {
    // A changed answer may open a question not answered yet: ask it before going back to the summary.
    const unanswered = nextQuestion(questions, answers)
    return { answers, step: unanswered ? question(unanswered.id, true) : { kind: 'review' } }
  }
  const following = shown[shown.findIndex((q) => q.id === questionId) + 1]
  return { answers, step: following ? question(following.id) : { kind: 'review' } }
}

/** 返回: one page back; the answers stay, so the page shows what was chosen there. */
export function back(questions: SituationQuestion[], state: FlowState): FlowState {
  const { step } = state
  const shown = visibleQuestions(questions, state.answers).questions
  switch (step.kind) {
    case 'intro':
      return state
    case 'question': {
      if (step.fromReview) return { ...state, step: { kind: 'review' } }
      const previous = shown[shown.findIndex((q) => q.id === step.questionId) - 1]
      return { ...state, step: previous ? question(previous.id) : { kind: 'intro' } }
    }
    case 'review': {
      const last = shown.at(-1)
      return { ...state, step: last ? question(last.id) : { kind: 'intro' } }
    }
    case 'checklist':
      return { ...state, step: shown.length > 0 ? { kind: 'review' } : { kind: 'intro' } }
  }
}

/** 修改 on the summary. */
export function change(state: FlowState, questionId: string): FlowState {
  return { ...state, step: question(questionId, true) }
}

/** 确认 on the summary; the page checks the answers with `checkAnswers` before calling this. */
export function confirm(state: FlowState): FlowState {
  return state.step.kind === 'review' ? { ...state, step: { kind: 'checklist' } } : state
}

export interface AnswerRow {
  question: SituationQuestion
  /** The chosen option's label; undefined when not answered yet. */
  answerLabel: string | undefined
}

/** The check-your-answers rows: every question this citizen is asked, in order. */
export function answerRows(questions: SituationQuestion[], answers: SituationAnswers): AnswerRow[] {
  const { questions: shown, effective } = visibleQuestions(questions, answers)
  return shown.map((q) => ({
    question: q,
    answerLabel: q.options.find((option) => option.value === effective[q.id])?.label,
  }))
}

/**
 * Where the citizen is: "第 2 题，共 4 题" when the number of questions is settled, "第 2 题，最多 5 题" while an
 * answer still to be given may add a follow-up (新生儿出生: 户口随父还是随母 only for married parents). GOV.UK
 * question pages: include the total only if it can be given reliably; a total that grows from 4 to 5 halfway
 * breaks the promise it made. `total` is then the most the citizen can be asked, which further answers can only lower.
 */
export function progressOf(
  questions: SituationQuestion[],
  answers: SituationAnswers,
  questionId: string,
): { position: number; total: number; totalIsFinal: boolean } {
  const shown = visibleQuestions(questions, answers).questions
  const { certain, possible } = countQuestions(questions, answers)
  return {
    position: shown.findIndex((q) => q.id === questionId) + 1,
    total: possible,
    totalIsFinal: certain === possible,
  }
}

/** true, false, or undefined while it depends on an answer not given yet. */
type Truth = boolean | undefined

/**
 * The questions certainly asked and those possibly asked, given the answers so far: `visibleQuestions` in
 * three-valued logic, where a question not answered yet (or one that may not be asked) makes a condition on
 * it undecided instead of false.
 */
function countQuestions(
  questions: SituationQuestion[],
  answers: SituationAnswers,
): { certain: number; possible: number } {
  /** Per question seen so far: its answer when it is asked and answered; null when it is not asked. */
  const known = new Map<string, string | null | undefined>()
  let certain = 0
  let possible = 0
  for (const question of questions) {
    const asked: Truth = question.showIf ? decide(question.showIf, known) : true
    if (asked === false) {
      known.set(question.id, null)
      continue
    }
    possible++
    if (asked === undefined) {
      known.set(question.id, undefined)
      continue
    }
    certain++
    const answer = answers[question.id]
    const valid = answer !== undefined && question.options.some((o) => o.value === answer)
    known.set(question.id, valid ? answer : undefined)
  }
  return { certain, possible }
}

function decide(condition: Condition, known: ReadonlyMap<string, string | null | undefined>): Truth {
  if ('question' in condition) {
    // A question the flow never reaches (unknown id, or a later one) matches nothing, as in conditionHolds.
    if (!known.has(condition.question)) return false
    const answer = known.get(condition.question)
    if (answer === null) return false
    return answer === undefined ? undefined : condition.in.includes(answer)
  }
  if ('all' in condition) {
    const parts = condition.all.map((c) => decide(c, known))
    return parts.includes(false) ? false : parts.includes(undefined) ? undefined : true
  }
  if ('any' in condition) {
    const parts = condition.any.map((c) => decide(c, known))
    return parts.includes(true) ? true : parts.includes(undefined) ? undefined : false
  }
  const inner = decide(condition.not, known)
  return inner === undefined ? undefined : !inner
}
