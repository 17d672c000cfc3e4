/**
 * The situation questions as GOV.UK "question pages": one question at a time, 继续 moves on, 返回 goes to the
 * previous question, then a check-your-answers page whose 修改 links come back to it, then the checklist.
 * Which questions are asked and which answers count is the shared evaluator's `visibleQuestions`, so an
 * answer to a question that an earlier answer has since hidden is dropped, never silently kept.
 */
import type { SituationAnswers, SituationQuestion } from '@contract/api/catalog'
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

/** "第 2 题，共 3 题": the total is of the questions asked so far and may grow with the answers. */
export function progressOf(
  questions: SituationQuestion[],
  answers: SituationAnswers,
  questionId: string,
): { position: number; total: number } {
  const shown = visibleQuestions(questions, answers).questions
  return { position: shown.findIndex((q) => q.id === questionId) + 1, total: shown.length }
}
