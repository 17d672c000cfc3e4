import type {
  Bundle,
  BundleMember,
  Condition,
  ItemGuide,
  Material,
  SituationAnswers,
  SituationConstraint,
  SituationNote,
  SituationQuestion,
} from '../../../types/api/catalog'
import { conditionHolds } from '../../../types/rules/situations'
import { DEPARTMENTS, type DepartmentKey } from './departments'
import { conditionRefs } from './define'
import { type HallScope, hallRefs } from './hallRefs'
import type { MaterialId } from './materials'

/**
 * How a bundle treats one member's material:
 * - a condition on the bundle's own questions (when it is needed in this bundle),
 * - 'always' (needed whatever the answers),
 * - 'drop' (another member produces it, e.g. the 营业执照 the bundle itself issues, or 部门共享).
 */
export type MaterialRule = Condition | 'always' | 'drop'

export interface MemberSpec {
  itemId: string
  appliesIf?: Condition
  /** What the bundle already implies about the item's own questions (退休一件事 → 提取原因 = 退休). */
  implies?: SituationAnswers
  materials?: Partial<Record<MaterialId, MaterialRule>>
}

export interface BundleSpec {
  id: string
  name: string
  aliases: string[]
  tags: string[]
  /** 牵头部门 */
  department: DepartmentKey
  summary: string
  members: MemberSpec[]
  questions: SituationQuestion[]
  constraints?: SituationConstraint[]
  notes?: SituationNote[]
  /** The bundle's own 承诺时限 (一次办成). */
  days: number
  visits: number
  online: boolean
  halls: HallScope
  hot: number
}

export interface SeedBundle {
  bundle: Bundle
  tags: string[]
}

/**
 * A member's materials as this bundle asks for them. An item's own material rules are written against the
 * item's questions; in a bundle they must read the bundle's questions instead. A rule is carried over as is
 * when the bundle asks the same question ids, settled by `implies`, or replaced by the member's `materials`;
 * anything else is a data error, reported when the catalog loads rather than as a wrong checklist later.
 */
function memberMaterials(spec: BundleSpec, member: MemberSpec, item: ItemGuide): Material[] {
  const bundleQuestions = new Set(spec.questions.map((q) => q.id))
  const implied = member.implies ?? {}
  const itemQuestions = new Set(item.questions.map((q) => q.id))
  for (const question of Object.keys(implied)) {
    if (!itemQuestions.has(question)) {
      throw new Error(`${spec.id}: ${item.id} has no question "${question}" to imply`)
    }
  }
  const rules: Partial<Record<string, MaterialRule>> = member.materials ?? {}
  for (const id of Object.keys(rules)) {
    if (!item.materials.some((mat) => mat.id === id)) {
      throw new Error(`${spec.id}: ${item.id} does not ask for ${id}`)
    }
  }

  return item.materials.flatMap((mat): Material[] => {
    const { requiredIf, ...always } = mat
    const rule = rules[mat.id]
    if (rule === 'drop') return []
    if (rule === 'always') return [always]
    if (rule) return [{ ...always, requiredIf: rule }]
    if (!requiredIf) return [always]
    const asked = conditionRefs(requiredIf).map((ref) => ref.question)
    if (asked.every((q) => q in implied)) return conditionHolds(requiredIf, implied) ? [always] : []
    if (asked.every((q) => bundleQuestions.has(q))) return [mat]
    throw new Error(`${spec.id}: say when ${item.id} needs ${mat.id} (it depends on ${asked.join(', ')})`)
  })
}

export function defineBundle(spec: BundleSpec, items: ReadonlyMap<string, ItemGuide>): SeedBundle {
  const members: BundleMember[] = spec.members.map((member) => {
    const item = items.get(member.itemId)
    if (!item) throw new Error(`${spec.id}: unknown member ${member.itemId}`)
    return {
      itemId: item.id,
      name: item.name,
      department: item.department,
      ...(member.appliesIf ? { appliesIf: member.appliesIf } : {}),
      committedWorkingDays: item.committedWorkingDays,
      fee: item.fee,
      visits: item.visits,
      materials: memberMaterials(spec, member, item),
    }
  })
  return {
    tags: spec.tags,
    bundle: {
      id: spec.id,
      kind: 'bundle',
      name: spec.name,
      aliases: spec.aliases,
      department: DEPARTMENTS[spec.department].name,
      summary: spec.summary,
      items: members,
      questions: spec.questions,
      constraints: spec.constraints ?? [],
      notes: spec.notes ?? [],
      committedWorkingDays: spec.days,
      visits: spec.visits,
      online: spec.online,
      halls: hallRefs(spec.halls),
      formId: spec.id,
      hot: spec.hot,
    },
  }
}
