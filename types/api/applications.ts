import * as v from 'valibot'

import { SituationAnswersSchema } from './catalog'
import { CalendarDateSchema, ShanghaiDateTimeSchema } from './common'
import { FormValuesSchema, SensitiveConsentSchema } from './forms'

// ---------------------------------------------------------------------------------------------------------
// POST /applications (Idempotency-Key) — 一次提交: one application for an item or a whole 一件事; the platform
// files one case per item that applies and answers with every case number.
// ---------------------------------------------------------------------------------------------------------

/** How one material is provided. A material with several pages (an ID card's two sides) repeats its id. */
export const ApplicationMaterialSchema = v.union([
  /** A file from POST /uploads. */
  v.strictObject({ materialId: v.string(), fileId: v.string() }),
  /** An 电子证照 the platform holds (免提交): a license id from GET /me/autofill. */
  v.strictObject({ materialId: v.string(), licenseId: v.string() }),
  /** 告知承诺: the citizen signs `commitmentText` instead (where the guide allows it). */
  v.strictObject({ materialId: v.string(), commitment: v.literal(true) }),
  /** 容缺受理: handed in later, within the material's toleranceDays working days. */
  v.strictObject({ materialId: v.string(), deferred: v.literal(true) }),
])
export type ApplicationMaterial = v.InferOutput<typeof ApplicationMaterialSchema>

export const ApplicationRequestSchema = v.object({
  targetId: v.pipe(v.string(), v.minLength(1, '请选择要办理的事项')),
  /** The situation answers the checklist was made from (the same as for POST /guide/evaluate). */
  answers: SituationAnswersSchema,
  formData: FormValuesSchema,
  /**
   * The keys of the fields the app showed as verified (locked autofill). The platform re-checks each against
   * its source and refuses a changed one; a field unlocked with "我需要修改" is left out of this list.
   */
  verified: v.optional(v.array(v.string()), []),
  materials: v.pipe(v.array(ApplicationMaterialSchema), v.maxLength(200, '材料太多，请删去重复的文件')),
  /**
   * The citizen's separate consent to the sensitive personal information of the form (`Form.sensitiveKinds`).
   * Required whenever the form lists any: missing, or not covering every kind → 422 with
   * `details.fields.sensitiveConsent`, and nothing is filed.
   */
  sensitiveConsent: v.optional(SensitiveConsentSchema),
})
export type ApplicationRequest = v.InferInput<typeof ApplicationRequestSchema>

/** The words of a 告知承诺, the same on the form the citizen signs and in the platform's record. */
export function commitmentText(materialName: string): string {
  return `本人承诺：符合“${materialName}”所证明的条件，所填信息真实、准确、完整。如有不实，愿意承担相应法律责任，接受撤销办理结果、记入信用记录等处理。`
}

export const ApplicationCaseSchema = v.object({
  caseId: v.string(),
  caseNo: v.string(),
  itemId: v.string(),
  itemName: v.string(),
  department: v.string(),
  /** 承诺时限 of the item in working days (0 = 即办件). */
  committedWorkingDays: v.number(),
})
export type ApplicationCase = v.InferOutput<typeof ApplicationCaseSchema>

/** 201 of POST /applications (and the replay of it for a retry with the same Idempotency-Key). */
export const ApplicationSchema = v.object({
  applicationId: v.string(),
  targetId: v.string(),
  name: v.string(),
  submittedAt: ShanghaiDateTimeSchema,
  /** The whole application's promise (一件事: the bundle's, usually far shorter than the items' sum). */
  committedWorkingDays: v.number(),
  cases: v.array(ApplicationCaseSchema),
  /** 容缺 materials still to hand in, and the last day to do it (null: the calendar of that year is not out). */
  deferred: v.array(
    v.object({
      materialId: v.string(),
      name: v.string(),
      workingDays: v.number(),
      dueDate: v.nullable(CalendarDateSchema),
    }),
  ),
})
export type Application = v.InferOutput<typeof ApplicationSchema>
