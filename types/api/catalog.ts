import * as v from 'valibot'

import { FieldErrorsSchema } from './common'

// ---------------------------------------------------------------------------------------------------------
// Catalog and guidance (智能引导). A "target" is what a citizen can apply for: a service item (事项) or a
// 一件事 bundle of several items. Ids are stable strings: items `i-…`, bundles `b-…`, materials `m-…`,
// halls `hall-…`. Appointment services are catalog items: a hall's serviceId is an itemId.
// ---------------------------------------------------------------------------------------------------------

export const TARGET_KINDS = ['item', 'bundle'] as const
export const TargetKindSchema = v.picklist(TARGET_KINDS)
export type TargetKind = v.InferOutput<typeof TargetKindSchema>

/** One line of GET /catalog/index: just enough to search on the device. */
export const CatalogEntrySchema = v.object({
  id: v.string(),
  kind: TargetKindSchema,
  name: v.string(),
  /** 俗称 and the words citizens actually use ("生娃", "驾照到期", "落户"). */
  aliases: v.array(v.string()),
  /** 实施部门 (a bundle: its lead department). */
  department: v.string(),
  /** Topics and life events (户籍, 社保, 新生儿, 开公司…). */
  tags: v.array(v.string()),
  /** 热度: applications per month on the platform; higher is more requested. Breaks relevance ties. */
  hot: v.number(),
})
export type CatalogEntry = v.InferOutput<typeof CatalogEntrySchema>

/** GET /catalog/index. `version` is also the ETag: the device keeps the index until it changes. */
export const CatalogIndexSchema = v.object({
  version: v.string(),
  entries: v.array(CatalogEntrySchema),
})
export type CatalogIndex = v.InferOutput<typeof CatalogIndexSchema>

export const CatalogSearchQuerySchema = v.object({
  q: v.pipe(
    v.string('请输入要办的事'),
    v.trim(),
    v.minLength(1, '请输入要办的事'),
    v.maxLength(50, '最多50个字'),
  ),
  limit: v.optional(v.pipe(v.string(), v.transform(Number), v.integer(), v.minValue(1), v.maxValue(50))),
})

export const CatalogSearchHitSchema = v.object({
  id: v.string(),
  kind: TargetKindSchema,
  name: v.string(),
  department: v.string(),
  score: v.number(),
})
export type CatalogSearchHit = v.InferOutput<typeof CatalogSearchHitSchema>

/** GET /catalog/search?q= — best first. */
export const CatalogSearchResponseSchema = v.object({
  query: v.string(),
  results: v.array(CatalogSearchHitSchema),
})
export type CatalogSearchResponse = v.InferOutput<typeof CatalogSearchResponseSchema>

// ---------------------------------------------------------------------------------------------------------
// Situations (情形): questions whose answers decide which items apply and which materials are needed.
// Rules are data, so the platform and the app evaluate the same decision tree (types/rules/situations.ts).
// ---------------------------------------------------------------------------------------------------------

export interface AnswerCondition {
  /** true when the answer to `question` is one of `in`. An unanswered (or hidden) question matches nothing. */
  question: string
  in: string[]
}
export type Condition = AnswerCondition | { all: Condition[] } | { any: Condition[] } | { not: Condition }

export const ConditionSchema: v.GenericSchema<Condition> = v.union([
  v.object({ question: v.string(), in: v.array(v.string()) }),
  v.object({ all: v.array(v.lazy(() => ConditionSchema)) }),
  v.object({ any: v.array(v.lazy(() => ConditionSchema)) }),
  v.object({ not: v.lazy(() => ConditionSchema) }),
])

export const SituationOptionSchema = v.object({ value: v.string(), label: v.string() })

export const SituationQuestionSchema = v.object({
  id: v.string(),
  /** One question per page, in the citizen's words: "孩子的父母是否已登记结婚？" */
  text: v.string(),
  hint: v.optional(v.string()),
  options: v.array(SituationOptionSchema),
  /** Asked only when this holds (e.g. 户口随父还是随母 only if the parents are married). Absent = always. */
  showIf: v.optional(ConditionSchema),
})
export type SituationQuestion = v.InferOutput<typeof SituationQuestionSchema>

/** An answer combination the rules refuse, with the message for the citizen (reported on `question`). */
export const SituationConstraintSchema = v.object({
  when: ConditionSchema,
  question: v.string(),
  message: v.string(),
})
export type SituationConstraint = v.InferOutput<typeof SituationConstraintSchema>

/** A note shown on the checklist when its condition holds ("父母未婚的，需提供亲子鉴定证明"). */
export const SituationNoteSchema = v.object({ when: ConditionSchema, text: v.string() })
export type SituationNote = v.InferOutput<typeof SituationNoteSchema>

// ---------------------------------------------------------------------------------------------------------
// Items (事项) and their 办事指南
// ---------------------------------------------------------------------------------------------------------

export const MATERIAL_FORMS = ['original', 'copy', 'original_and_copy', 'electronic'] as const

export const MaterialSchema = v.object({
  /** Global id: the same document asked by several items has the same id, so a checklist lists it once. */
  id: v.string(),
  name: v.string(),
  /** 原件 / 复印件 / 原件和复印件 / 电子材料 */
  form: v.picklist(MATERIAL_FORMS),
  copies: v.number(),
  /** Needed only when this holds; absent = always needed. */
  requiredIf: v.optional(ConditionSchema),
  /** The 电子证照 type (a key of LICENSE_TYPES, e.g. household_register) that replaces it: 免提交. */
  licenseType: v.optional(v.string()),
  /** 容缺受理: may be handed in later, within `toleranceDays` working days. */
  toleranceDays: v.optional(v.number()),
  /** 告知承诺: a signed commitment replaces it. */
  commitmentAllowed: v.boolean(),
  note: v.optional(v.string()),
})
export type Material = v.InferOutput<typeof MaterialSchema>

export const FeeSchema = v.object({
  /** 0 = 不收费. */
  amountYuan: v.number(),
  description: v.string(),
})
export type Fee = v.InferOutput<typeof FeeSchema>

export const HallRefSchema = v.object({ hallId: v.string(), name: v.string() })
export type HallRef = v.InferOutput<typeof HallRefSchema>

export const ITEM_LEVELS = ['province', 'city', 'county', 'township'] as const

export const ItemGuideSchema = v.object({
  id: v.string(),
  kind: v.literal('item'),
  /** 事项编码 */
  code: v.string(),
  name: v.string(),
  aliases: v.array(v.string()),
  department: v.string(),
  /** 行使层级 */
  level: v.picklist(ITEM_LEVELS),
  /** 事项类型: 行政许可, 行政确认, 公共服务… */
  itemType: v.string(),
  summary: v.string(),
  /** 受理条件 */
  conditions: v.array(v.string()),
  /** 承诺时限 in working days; 0 = 即办件 (done on the spot). */
  committedWorkingDays: v.number(),
  /** 法定时限 in working days. */
  statutoryWorkingDays: v.number(),
  fee: FeeSchema,
  /** Trips to a hall: 0 = 全程网办. */
  visits: v.number(),
  /** Can be applied for in this app (在线办理). */
  online: v.boolean(),
  /** Halls that accept it (and take appointments for it). */
  halls: v.array(HallRefSchema),
  materials: v.array(MaterialSchema),
  questions: v.array(SituationQuestionSchema),
  constraints: v.array(SituationConstraintSchema),
  notes: v.array(SituationNoteSchema),
  faq: v.array(v.object({ question: v.string(), answer: v.string() })),
  hot: v.number(),
})
export type ItemGuide = v.InferOutput<typeof ItemGuideSchema>

// ---------------------------------------------------------------------------------------------------------
// 一件事 bundles
// ---------------------------------------------------------------------------------------------------------

/** A member item inside GET /bundles/{id}, with what the checklist needs so the app can evaluate offline. */
export const BundleMemberSchema = v.object({
  itemId: v.string(),
  name: v.string(),
  department: v.string(),
  /** The item is part of this citizen's application only when this holds; absent = always. */
  appliesIf: v.optional(ConditionSchema),
  committedWorkingDays: v.number(),
  fee: FeeSchema,
  /**
   * Trips to a hall the item needs when it applies (0 = 全程网办): a checklist with such an item is not
   * 全程网办, whatever the bundle's own figure (出生医学证明签发 at the hospital).
   */
  visits: v.number(),
  materials: v.array(MaterialSchema),
})
export type BundleMember = v.InferOutput<typeof BundleMemberSchema>

export const BundleSchema = v.object({
  id: v.string(),
  kind: v.literal('bundle'),
  name: v.string(),
  aliases: v.array(v.string()),
  /** 牵头部门 */
  department: v.string(),
  summary: v.string(),
  items: v.array(BundleMemberSchema),
  questions: v.array(SituationQuestionSchema),
  constraints: v.array(SituationConstraintSchema),
  notes: v.array(SituationNoteSchema),
  /** The bundle's own promise (一次办成), usually far shorter than the items' sum. */
  committedWorkingDays: v.number(),
  /** Trips to a hall for the whole bundle: 0 = 全程网办. */
  visits: v.number(),
  online: v.boolean(),
  halls: v.array(HallRefSchema),
  /** The single merged form (一表申请): GET /forms/{formId}. */
  formId: v.string(),
  hot: v.number(),
})
export type Bundle = v.InferOutput<typeof BundleSchema>

// ---------------------------------------------------------------------------------------------------------
// POST /guide/evaluate
// ---------------------------------------------------------------------------------------------------------

/** Question id → chosen option value. */
export const SituationAnswersSchema = v.record(v.string(), v.string())
export type SituationAnswers = v.InferOutput<typeof SituationAnswersSchema>

export const GuideEvaluateRequestSchema = v.object({
  targetId: v.pipe(v.string(), v.minLength(1, '请选择要办的事项')),
  answers: SituationAnswersSchema,
})
export type GuideEvaluateRequest = v.InferInput<typeof GuideEvaluateRequestSchema>

export const ChecklistMaterialSchema = v.object({
  ...MaterialSchema.entries,
  /** Items (ids) that ask for it; shared documents are listed once. */
  forItems: v.array(v.string()),
})
export type ChecklistMaterial = v.InferOutput<typeof ChecklistMaterialSchema>

/** The personalised result (办事清单). */
export const GuideResultSchema = v.object({
  targetId: v.string(),
  kind: TargetKindSchema,
  name: v.string(),
  items: v.array(
    v.object({
      itemId: v.string(),
      name: v.string(),
      department: v.string(),
      committedWorkingDays: v.number(),
    }),
  ),
  /** Bundle members that do not apply to these answers, so the citizen sees why. */
  skippedItems: v.array(v.object({ itemId: v.string(), name: v.string() })),
  materials: v.array(ChecklistMaterialSchema),
  committedWorkingDays: v.number(),
  visits: v.number(),
  online: v.boolean(),
  halls: v.array(HallRefSchema),
  /** Total fee of the applicable items; 0 = 不收费. */
  feeYuan: v.number(),
  fees: v.array(
    v.object({ itemId: v.string(), name: v.string(), amountYuan: v.number(), description: v.string() }),
  ),
  notes: v.array(v.string()),
})
export type GuideResult = v.InferOutput<typeof GuideResultSchema>

/** `details` of the 422 for unanswered, unknown or contradictory answers: question id → message. */
export const GuideErrorsSchema = FieldErrorsSchema
