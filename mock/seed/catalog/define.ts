import { createHash } from 'node:crypto'

import type {
  Condition,
  Fee,
  ItemGuide,
  Material,
  SituationConstraint,
  SituationNote,
  SituationQuestion,
} from '../../../types/api/catalog'
import { DEPARTMENTS, type DepartmentKey, ITEM_TYPES, type ItemTypeCode } from './departments'
import { type HallScope, hallRefs } from './hallRefs'

// ── Conditions, written the way the rules read ──────────────────────────────────────────────────────────

export const is = (question: string, ...values: string[]): Condition => ({ question, in: values })
export const all = (...conditions: Condition[]): Condition => ({ all: conditions })
export const any = (...conditions: Condition[]): Condition => ({ any: conditions })
export const not = (condition: Condition): Condition => ({ not: condition })

/** A situation question; `options` are [value, label] pairs in the order the citizen sees them. */
export function ask(
  id: string,
  text: string,
  options: [string, string][],
  extra: { hint?: string; showIf?: Condition } = {},
): SituationQuestion {
  return { id, text, options: options.map(([value, label]) => ({ value, label })), ...extra }
}

/** A 是/否 question with labels that answer it in words (“是，已登记结婚”). */
export function askYesNo(
  id: string,
  text: string,
  labels: { yes: string; no: string } = { yes: '是', no: '否' },
  extra: { hint?: string; showIf?: Condition } = {},
): SituationQuestion {
  return ask(
    id,
    text,
    [
      ['yes', labels.yes],
      ['no', labels.no],
    ],
    extra,
  )
}

export const refuse = (when: Condition, question: string, message: string): SituationConstraint => ({
  when,
  question,
  message,
})
export const noteWhen = (when: Condition, text: string): SituationNote => ({ when, text })

export const FREE: Fee = { amountYuan: 0, description: '不收费' }
export const fee = (amountYuan: number, description: string): Fee => ({ amountYuan, description })

// ── Items ────────────────────────────────────────────────────────────────────────────────────────────────

/** Catalog data the contract keeps out of the 办事指南 itself: the search tags of the index. */
export interface SeedItem {
  guide: ItemGuide
  tags: string[]
}

export interface ItemSpec {
  id: string
  name: string
  aliases: string[]
  tags: string[]
  department: DepartmentKey
  level: ItemGuide['level']
  type: ItemTypeCode
  summary: string
  conditions: string[]
  /** 承诺时限 (0 = 即办件). */
  days: number
  /** 法定时限. */
  statutoryDays: number
  /** Default: 不收费. */
  fee?: Fee
  visits: number
  online: boolean
  /** Default: by level (city → 市民之家; county → every county hall; township → every hall). */
  halls?: HallScope
  materials: Material[]
  questions?: SituationQuestion[]
  constraints?: SituationConstraint[]
  notes?: SituationNote[]
  faq?: { question: string; answer: string }[]
  hot: number
}

const AREA_CODE = '530600'

/**
 * 事项编码: area, 事项类型, department, then seven digits derived from the id — stable however the tables
 * are reordered (the catalog tests check that no two codes collide).
 */
export function itemCode(department: DepartmentKey, type: ItemTypeCode, id: string): string {
  const digest = createHash('sha256').update(id).digest()
  const serial = String(digest.readUInt32BE(0) % 10_000_000).padStart(7, '0')
  return `${AREA_CODE}-${type}-${DEPARTMENTS[department].code}-${serial}`
}

export function hallScopeForLevel(level: ItemGuide['level']): HallScope {
  return level === 'province' || level === 'city' ? 'city' : level === 'county' ? 'county' : 'township'
}

export function defineItem(spec: ItemSpec): SeedItem {
  return {
    tags: spec.tags,
    guide: {
      id: spec.id,
      kind: 'item',
      code: itemCode(spec.department, spec.type, spec.id),
      name: spec.name,
      aliases: spec.aliases,
      department: DEPARTMENTS[spec.department].name,
      level: spec.level,
      itemType: ITEM_TYPES[spec.type],
      summary: spec.summary,
      conditions: spec.conditions,
      committedWorkingDays: spec.days,
      statutoryWorkingDays: spec.statutoryDays,
      fee: spec.fee ?? FREE,
      visits: spec.visits,
      online: spec.online,
      halls: hallRefs(spec.halls ?? hallScopeForLevel(spec.level)),
      materials: spec.materials,
      questions: spec.questions ?? [],
      constraints: spec.constraints ?? [],
      notes: spec.notes ?? [],
      faq: spec.faq ?? [],
      hot: spec.hot,
    },
  }
}

/** Every question a condition reads, with the option values it names (for checks against the questions). */
export function conditionRefs(condition: Condition): { question: string; values: string[] }[] {
  if ('question' in condition) return [{ question: condition.question, values: condition.in }]
  if ('all' in condition) return condition.all.flatMap(conditionRefs)
  if ('any' in condition) return condition.any.flatMap(conditionRefs)
  return conditionRefs(condition.not)
}
