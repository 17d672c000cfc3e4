/**
 * How a personalised result (GuideResult) reads to a citizen: materials grouped by what the citizen has to do
 * about each, and the visits / working days / fees in words. The evaluator decides what applies; this only
 * decides how it is said.
 */
import type {
  ChecklistMaterial,
  Condition,
  GuideResult,
  HallRef,
  Material,
  SituationAnswers,
} from '@contract/api/catalog'
import { visibleQuestions, type GuideTarget } from '@contract/rules/situations'

export type MaterialGroupKind = 'submit' | 'tolerance' | 'commitment' | 'license'

export interface MaterialGroup {
  kind: MaterialGroupKind
  title: string
  hint: string
  materials: ChecklistMaterial[]
}

/** What the citizen must hand in comes first; what they may leave out comes last. */
const GROUPS: Record<MaterialGroupKind, { title: string; hint: string }> = {
  submit: { title: '需提交', hint: '请带齐以下材料（或在网上上传）。' },
  tolerance: {
    title: '可容缺',
    hint: '暂时没有也能先受理，在规定的工作日内补交即可。',
  },
  commitment: { title: '可告知承诺', hint: '签一份告知承诺书即可代替，不用再去开证明。' },
  license: {
    title: '电子证照免提交',
    hint: '平台可调取您的电子证照，登录并实名认证后不用带原件和复印件。',
  },
}
/** 全程网办: nothing is brought anywhere, so the hints say upload, never bring. */
const ONLINE_HINTS: Partial<Record<MaterialGroupKind, string>> = {
  submit: '全程网办，不用带到大厅：在网上上传以下材料的照片或扫描件。',
  license: '平台可调取您的电子证照，登录并实名认证后不用上传。',
}
const GROUP_ORDER: MaterialGroupKind[] = ['submit', 'tolerance', 'commitment', 'license']

/** The easiest way the citizen may satisfy a material decides its group. */
function groupOf(material: Material): MaterialGroupKind {
  if (material.licenseType !== undefined) return 'license'
  if (material.commitmentAllowed) return 'commitment'
  if (material.toleranceDays !== undefined) return 'tolerance'
  return 'submit'
}

/** `visits`: trips the checklist needs; 0 (全程网办) turns "bring" into "upload". */
export function groupMaterials(materials: ChecklistMaterial[], visits: number): MaterialGroup[] {
  return GROUP_ORDER.map((kind) => ({
    kind,
    title: GROUPS[kind].title,
    hint: (visits <= 0 ? ONLINE_HINTS[kind] : undefined) ?? GROUPS[kind].hint,
    materials: materials.filter((material) => groupOf(material) === kind),
  })).filter((group) => group.materials.length > 0)
}

const FORM_LABELS: Record<Material['form'], string> = {
  original: '原件',
  copy: '复印件',
  original_and_copy: '原件和复印件',
  electronic: '电子材料',
}

/** Uploaded instead of brought (全程网办): a photo or scan, of the original where one is asked for. */
const UPLOAD_LABELS: Record<Material['form'], string> = {
  original: '原件的照片或扫描件',
  copy: '照片或扫描件',
  original_and_copy: '原件的照片或扫描件',
  electronic: '电子材料',
}

/** "原件 1 份", "复印件 2 份", "电子材料"; uploaded (`online`): "原件的照片或扫描件". */
export function materialFormText(material: Material, online = false): string {
  if (online) return UPLOAD_LABELS[material.form]
  const label = FORM_LABELS[material.form]
  return material.form === 'electronic' || material.copies < 1 ? label : `${label} ${material.copies} 份`
}

/**
 * Every way round a material, in words (never only a colour or an icon) — less what the group it is listed
 * under already says above it: under 电子证照免提交 each card repeating 电子证照免提交 is noise. 容缺 keeps its
 * mark there, which adds the days.
 */
export function materialMarks(material: Material, listedUnder?: MaterialGroupKind): string[] {
  const marks: string[] = []
  if (material.licenseType !== undefined && listedUnder !== 'license') marks.push('电子证照免提交')
  if (material.toleranceDays !== undefined) marks.push(`可容缺，${material.toleranceDays} 个工作日内补交`)
  if (material.commitmentAllowed && listedUnder !== 'commitment') marks.push('可告知承诺')
  return marks
}

/** `upTo`: the most it can take before the answers are known (an item that may apply may need a trip). */
export function visitsText(visits: number, { upTo = false } = {}): string {
  if (visits <= 0) return '全程网办，不用跑'
  if (visits === 1) return '最多跑 1 次'
  return `${upTo ? '最多' : ''}到现场 ${visits} 次`
}

export function workingDaysText(days: number): string {
  return days <= 0 ? '即办件，当场办结' : `${days} 个工作日内办结`
}

export function yuanText(amountYuan: number): string {
  if (amountYuan <= 0) return '不收费'
  const yuan = Number.isInteger(amountYuan) ? String(amountYuan) : amountYuan.toFixed(2)
  return `${yuan} 元`
}

const NAMED_HALLS = 3

/** A long list of halls reads as a few names and a count: "昭通市民之家、…等 12 个大厅". */
export function hallsText(halls: HallRef[]): string {
  const names = halls.map((hall) => hall.name)
  if (names.length <= NAMED_HALLS + 1) return names.join('、')
  return `${names.slice(0, NAMED_HALLS).join('、')}等 ${names.length} 个大厅`
}

/** 一次办成: what the citizen would have waited item by item, against the bundle's own promise. */
export function bundlePromise(target: GuideTarget): {
  itemCount: number
  separateWorkingDays: number
  workingDays: number
} {
  return {
    itemCount: target.members.length,
    separateWorkingDays: target.members.reduce((sum, m) => sum + m.committedWorkingDays, 0),
    workingDays: target.committedWorkingDays,
  }
}

export interface SkippedItem {
  itemId: string
  name: string
  /** Which of the citizen's answers left it out, in their words. */
  reason: string
}

/** The result's skipped items, each with the answers its condition depends on. */
export function skippedWithReasons(
  target: GuideTarget,
  result: GuideResult,
  answers: SituationAnswers,
): SkippedItem[] {
  const { questions, effective } = visibleQuestions(target.questions, answers)
  return result.skippedItems.map((skipped) => {
    const condition = target.members.find((m) => m.itemId === skipped.itemId)?.appliesIf
    const cited = condition ? questionsIn(condition) : new Set<string>()
    const because = questions
      .filter((q) => cited.has(q.id) && effective[q.id] !== undefined)
      .map((q) => `“${q.text}”您选了“${q.options.find((o) => o.value === effective[q.id])?.label}”`)
    return {
      ...skipped,
      reason: because.length > 0 ? `因为${because.join('，')}。` : '根据您的回答，这项不用办。',
    }
  })
}

function questionsIn(condition: Condition, into = new Set<string>()): Set<string> {
  if ('question' in condition) into.add(condition.question)
  else if ('all' in condition) condition.all.forEach((c) => questionsIn(c, into))
  else if ('any' in condition) condition.any.forEach((c) => questionsIn(c, into))
  else questionsIn(condition.not, into)
  return into
}

/**
 * Whether the platform's result says the same as the device's: same fields and values, whatever the key
 * order or an absent-versus-undefined optional field.
 */
export function resultsAgree(a: GuideResult, b: GuideResult): boolean {
  return canonical(a) === canonical(b)
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([x], [y]) => (x < y ? -1 : x > y ? 1 : 0)))
      : field,
  )
}
