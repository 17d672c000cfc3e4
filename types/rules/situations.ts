/**
 * Situations (情形) → the personalised checklist. Both sides of the contract run this: the platform answers
 * POST /guide/evaluate with it and the app evaluates the same data offline, so the two cannot disagree about
 * what a citizen must bring.
 */
import type {
  Bundle,
  BundleMember,
  ChecklistMaterial,
  Condition,
  GuideResult,
  HallRef,
  ItemGuide,
  Material,
  SituationAnswers,
  SituationConstraint,
  SituationNote,
  SituationQuestion,
  TargetKind,
} from '../api/catalog'

/** What evaluation needs, the same shape for an item and for a bundle (an item is a bundle of itself). */
export interface GuideTarget {
  id: string
  kind: TargetKind
  name: string
  questions: SituationQuestion[]
  constraints: SituationConstraint[]
  notes: SituationNote[]
  members: BundleMember[]
  committedWorkingDays: number
  visits: number
  online: boolean
  halls: HallRef[]
}

export function targetFromItem(item: ItemGuide): GuideTarget {
  return {
    id: item.id,
    kind: 'item',
    name: item.name,
    questions: item.questions,
    constraints: item.constraints,
    notes: item.notes,
    members: [
      {
        itemId: item.id,
        name: item.name,
        department: item.department,
        committedWorkingDays: item.committedWorkingDays,
        fee: item.fee,
        visits: item.visits,
        materials: item.materials,
      },
    ],
    committedWorkingDays: item.committedWorkingDays,
    visits: item.visits,
    online: item.online,
    halls: item.halls,
  }
}

export function targetFromBundle(bundle: Bundle): GuideTarget {
  return {
    id: bundle.id,
    kind: 'bundle',
    name: bundle.name,
    questions: bundle.questions,
    constraints: bundle.constraints,
    notes: bundle.notes,
    members: bundle.items,
    committedWorkingDays: bundle.committedWorkingDays,
    visits: bundle.visits,
    online: bundle.online,
    halls: bundle.halls,
  }
}

/** An unanswered question matches no `in` list, so `{not: …}` of it is true: write conditions accordingly. */
export function conditionHolds(condition: Condition, answers: SituationAnswers): boolean {
  if ('question' in condition) {
    const answer = answers[condition.question]
    return answer !== undefined && condition.in.includes(answer)
  }
  if ('all' in condition) return condition.all.every((c) => conditionHolds(c, answers))
  if ('any' in condition) return condition.any.some((c) => conditionHolds(c, answers))
  return !conditionHolds(condition.not, answers)
}

/**
 * The questions this citizen is asked, in order, and the answers that count. A question is shown when its
 * `showIf` holds on the answers to the questions shown before it; answers to hidden questions are ignored,
 * so changing an earlier answer can never leave a stale later one in force.
 */
export function visibleQuestions(
  questions: SituationQuestion[],
  answers: SituationAnswers,
): { questions: SituationQuestion[]; effective: SituationAnswers } {
  const shown: SituationQuestion[] = []
  const effective: SituationAnswers = {}
  for (const question of questions) {
    if (question.showIf && !conditionHolds(question.showIf, effective)) continue
    shown.push(question)
    const answer = answers[question.id]
    if (answer !== undefined && question.options.some((o) => o.value === answer))
      effective[question.id] = answer
  }
  return { questions: shown, effective }
}

/** The next question to ask (one per page), or null when every shown question has a valid answer. */
export function nextQuestion(
  questions: SituationQuestion[],
  answers: SituationAnswers,
): SituationQuestion | null {
  const { questions: shown, effective } = visibleQuestions(questions, answers)
  return shown.find((q) => effective[q.id] === undefined) ?? null
}

export type Evaluation = { ok: true; result: GuideResult } | { ok: false; errors: Record<string, string> }

/** Question id → message for every answer that cannot be evaluated; empty when the answers are complete. */
export function checkAnswers(target: GuideTarget, answers: SituationAnswers): Record<string, string> {
  const errors: Record<string, string> = {}
  const byId = new Map(target.questions.map((q) => [q.id, q]))
  const { questions: shown, effective } = visibleQuestions(target.questions, answers)
  const shownIds = new Set(shown.map((q) => q.id))

  for (const [id, value] of Object.entries(answers)) {
    const question = byId.get(id)
    if (!question) errors[id] = '没有这个问题，请返回重新回答'
    else if (!question.options.some((o) => o.value === value))
      errors[id] = `“${question.text}”请从给出的选项中选择`
    else if (!shownIds.has(id)) errors[id] = `根据你前面的回答，不需要回答“${question.text}”，请返回检查`
  }
  for (const question of shown) {
    if (effective[question.id] === undefined && !errors[question.id])
      errors[question.id] = `请回答：${question.text}`
  }
  if (Object.keys(errors).length > 0) return errors

  for (const constraint of target.constraints) {
    if (conditionHolds(constraint.when, effective) && !errors[constraint.question]) {
      errors[constraint.question] = constraint.message
    }
  }
  return errors
}

const FORM_STRICTNESS: Record<Material['form'], number> = {
  electronic: 0,
  copy: 1,
  original: 2,
  original_and_copy: 3,
}

/** The same document asked by two items: list it once, and keep the stricter requirement of the two. */
function mergeMaterial(into: ChecklistMaterial, other: Material, itemId: string): void {
  if (!into.forItems.includes(itemId)) into.forItems.push(itemId)
  if (FORM_STRICTNESS[other.form] > FORM_STRICTNESS[into.form]) into.form = other.form
  into.copies = Math.max(into.copies, other.copies)
  into.commitmentAllowed = into.commitmentAllowed && other.commitmentAllowed
  // Absent rather than `undefined`, so a result compares equal to its JSON round trip (app vs platform).
  if (into.toleranceDays === undefined || other.toleranceDays === undefined) delete into.toleranceDays
  else into.toleranceDays = Math.min(into.toleranceDays, other.toleranceDays)
  if (into.licenseType !== other.licenseType) delete into.licenseType
}

/**
 * Trips to a hall for these members: the target's own figure, but never fewer than an item that applies
 * needs, so a checklist says 全程网办 only when nothing on it has to be done in person.
 */
export function visitsFor(target: GuideTarget, members: readonly BundleMember[]): number {
  return members.reduce((most, member) => Math.max(most, member.visits), target.visits)
}

export function evaluateSituation(target: GuideTarget, answers: SituationAnswers): Evaluation {
  const errors = checkAnswers(target, answers)
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  const { effective } = visibleQuestions(target.questions, answers)

  const applies = (c: Condition | undefined) => c === undefined || conditionHolds(c, effective)
  const members = target.members.filter((m) => applies(m.appliesIf))
  const skipped = target.members.filter((m) => !applies(m.appliesIf))

  const materials = new Map<string, ChecklistMaterial>()
  for (const member of members) {
    for (const material of member.materials) {
      if (!applies(material.requiredIf)) continue
      const listed = materials.get(material.id)
      if (listed) mergeMaterial(listed, material, member.itemId)
      else {
        const { requiredIf: _condition, ...rest } = material
        materials.set(material.id, { ...rest, forItems: [member.itemId] })
      }
    }
  }

  return {
    ok: true,
    result: {
      targetId: target.id,
      kind: target.kind,
      name: target.name,
      items: members.map((m) => ({
        itemId: m.itemId,
        name: m.name,
        department: m.department,
        committedWorkingDays: m.committedWorkingDays,
      })),
      skippedItems: skipped.map((m) => ({ itemId: m.itemId, name: m.name })),
      materials: [...materials.values()],
      committedWorkingDays: target.committedWorkingDays,
      visits: visitsFor(target, members),
      online: target.online,
      halls: target.halls,
      feeYuan: members.reduce((sum, m) => sum + m.fee.amountYuan, 0),
      fees: members.map((m) => ({ itemId: m.itemId, name: m.name, ...m.fee })),
      notes: target.notes.filter((n) => conditionHolds(n.when, effective)).map((n) => n.text),
    },
  }
}
