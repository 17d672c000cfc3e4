import * as v from 'valibot'

import { TargetKindSchema } from './catalog'
import { ShanghaiDateTimeSchema } from './common'

// ---------------------------------------------------------------------------------------------------------
// GET /forms/{targetId} — the application form (申请表) of an item, or for a 一件事 the ONE merged form of its
// items (一表申请): a datum several items ask for (申请人姓名, 身份证号, 联系电话…) is one field that feeds them
// all. Values travel as strings, exactly as typed; types/rules/formValidate.ts checks them the same way on
// the device and on the platform.
// ---------------------------------------------------------------------------------------------------------

export const FIELD_TYPES = [
  /** Free text (maxLength applies). */
  'text',
  /** A person's name as on the ID card: 2–20 Chinese characters, · between parts. */
  'name',
  /** 居民身份证号 (GB 11643). */
  'idNumber',
  /** 统一社会信用代码 (GB 32100); a failing check character is a warning, not an error. */
  'creditCode',
  /** Mainland mobile number. */
  'mobile',
  /** YYYY-MM-DD, optionally only past (a birth) or only future (a planned opening). */
  'date',
  /** A sum of money, up to 2 decimals, in `unit` (元 or 万元). */
  'amount',
  /** A count. */
  'integer',
  /** One of `options`. */
  'select',
  /** A postal address, 省市县 + street and number. */
  'address',
] as const
export const FieldTypeSchema = v.picklist(FIELD_TYPES)
export type FieldType = v.InferOutput<typeof FieldTypeSchema>

/**
 * When a field is shown or required. `question` reads a situation answer (情形, the same answers the checklist
 * was made from); `field` reads another field of the form. A hidden field matches nothing, so a condition on
 * it never holds — a field that depends on a hidden one is hidden too.
 */
export type FormCondition =
  | { question: string; in: string[] }
  | { field: string; in: string[] }
  | { all: FormCondition[] }
  | { any: FormCondition[] }
  | { not: FormCondition }

export const FormConditionSchema: v.GenericSchema<FormCondition> = v.union([
  v.object({ question: v.string(), in: v.array(v.string()) }),
  v.object({ field: v.string(), in: v.array(v.string()) }),
  v.object({ all: v.array(v.lazy(() => FormConditionSchema)) }),
  v.object({ any: v.array(v.lazy(() => FormConditionSchema)) }),
  v.object({ not: v.lazy(() => FormConditionSchema) }),
])

/**
 * Where GET /me/autofill can supply a field's value. `identity.*` is the real-name record (公安人口库), `phone`
 * the login phone, `address.*` the citizen's addresses by kind.
 */
export const AUTOFILL_PATHS = [
  'identity.name',
  'identity.idNumber',
  'identity.sex',
  'identity.birthDate',
  'phone',
  'address.household',
  'address.residence',
  'address.mailing',
] as const
export const AutofillPathSchema = v.picklist(AUTOFILL_PATHS)
export type AutofillPath = v.InferOutput<typeof AutofillPathSchema>

export const FieldOptionSchema = v.object({ value: v.string(), label: v.string() })
export type FieldOption = v.InferOutput<typeof FieldOptionSchema>

export const FormFieldSchema = v.object({
  /** Stable across items and forms: the same datum has the same key everywhere (history is kept by key). */
  key: v.string(),
  label: v.string(),
  type: FieldTypeSchema,
  hint: v.optional(v.string()),
  /** Required whenever shown. */
  required: v.boolean(),
  /** Otherwise required only while this holds (and the field is shown). */
  requiredIf: v.optional(FormConditionSchema),
  /** Shown only while this holds; absent = always. Hidden fields are neither validated nor submitted. */
  showIf: v.optional(FormConditionSchema),
  /** For `select`: the allowed values, in the order shown. */
  options: v.optional(v.array(FieldOptionSchema)),
  minLength: v.optional(v.number()),
  maxLength: v.optional(v.number()),
  /** For `amount` and `integer`. */
  min: v.optional(v.number()),
  max: v.optional(v.number()),
  /** For `amount`: 元 or 万元. */
  unit: v.optional(v.string()),
  /** For `date`: `past` = today or earlier (a birth), `future` = today or later. */
  dateRange: v.optional(v.picklist(['past', 'future'])),
  /**
   * A trusted source for the value. `lock`: the platform vouches for it — when the source says `verified`, the
   * app shows it read-only ("我需要修改" unlocks it) and the platform re-checks it on submission. The platform
   * decides this, never the app.
   */
  autofill: v.optional(v.object({ path: AutofillPathSchema, lock: v.boolean() })),
  /**
   * The value is the citizen's own and lasting (a spouse's name, an address), so what they submit fills the
   * field next time (GET /me/autofill `history`). false for facts of this one application (a baby's name).
   */
  remember: v.boolean(),
  /** The items (ids) this field feeds. */
  forItems: v.array(v.string()),
})
export type FormField = v.InferOutput<typeof FormFieldSchema>

export const FormSectionSchema = v.object({
  id: v.string(),
  title: v.string(),
  hint: v.optional(v.string()),
  fields: v.array(FormFieldSchema),
})
export type FormSection = v.InferOutput<typeof FormSectionSchema>

// ---------------------------------------------------------------------------------------------------------
// Sensitive personal information (个人信息保护法 第28条) and its separate consent (第29条; for a child under 14,
// the parent's or guardian's, 第31条). The platform, not the app, decides which kinds an application
// processes: `FormSchema.sensitiveKinds`. The app asks for all of them, on one page before the form, and
// sends what was agreed as `sensitiveConsent` with POST /applications; the platform refuses an application
// whose consent does not cover every kind of its form (422, `details.fields.sensitiveConsent`) and files
// nothing. An extension of platform-api.md (an optional field on each side), described in mock/README.md.
// ---------------------------------------------------------------------------------------------------------

export const SENSITIVE_KINDS = [
  /** Personal information of a child under 14 (a newborn, a pupil): the guardian consents. */
  'minor',
  /** Images of identity documents (ID card, 证件照), uploaded or as 电子证照. */
  'idPhoto',
  /** A bank account: 金融账户. */
  'bankAccount',
  /** Medical and health information: records, diagnoses, medical bills, vaccinations, disability. */
  'health',
] as const
export const SensitiveKindSchema = v.picklist(SENSITIVE_KINDS)
export type SensitiveKind = v.InferOutput<typeof SensitiveKindSchema>

/** What the citizen is told, once for the app and the platform: one plain-Chinese line per kind. */
export const SENSITIVE_KIND_LABELS: Readonly<Record<SensitiveKind, string>> = {
  minor: '不满十四周岁孩子的个人信息（如姓名、出生和户口信息）',
  idPhoto: '身份证件的照片（如身份证正反面、证件照，含电子证照）',
  bankAccount: '银行账户（开户银行和账号）',
  health: '医疗健康信息（如出生医学证明、预防接种、病历、诊断和医疗费用票据）',
}

/** The citizen's separate consent: the kinds agreed to, and when (kept in the draft, sent with the application). */
export const SensitiveConsentSchema = v.object({
  kinds: v.array(SensitiveKindSchema),
  agreedAt: ShanghaiDateTimeSchema,
})
export type SensitiveConsent = v.InferOutput<typeof SensitiveConsentSchema>

export const FormSchema = v.object({
  targetId: v.string(),
  kind: TargetKindSchema,
  name: v.string(),
  /** The items the form feeds; for a bundle member, when it applies (the same condition as the bundle's). */
  items: v.array(
    v.object({
      itemId: v.string(),
      name: v.string(),
      appliesIf: v.optional(FormConditionSchema),
    }),
  ),
  sections: v.array(FormSectionSchema),
  /** Materials the filled-in form itself is (申请表): generated from it, nothing to upload or bring. */
  providesMaterials: v.array(v.string()),
  /**
   * The sensitive personal information this application may process (its fields and its materials, whatever
   * the situation answers): the citizen's separate consent to all of them comes before the form. Absent or
   * empty = none.
   */
  sensitiveKinds: v.optional(v.array(SensitiveKindSchema)),
})
export type Form = v.InferOutput<typeof FormSchema>

/** Field key → value as typed (strings only: numbers and dates are checked from the text the citizen sees). */
export const FormValuesSchema = v.record(v.string(), v.string())
export type FormValues = v.InferOutput<typeof FormValuesSchema>
