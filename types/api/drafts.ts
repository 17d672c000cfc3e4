import * as v from 'valibot'

import { SituationAnswersSchema } from './catalog'
import { ShanghaiDateTimeSchema } from './common'
import { FormValuesSchema, SensitiveConsentSchema } from './forms'
import { MAX_FILES_PER_MATERIAL, UploadSchema } from './uploads'

// ---------------------------------------------------------------------------------------------------------
// GET/PUT/DELETE /drafts/{targetId} — the platform's copy of an unfinished application, so the citizen can
// continue on another device. The app keeps its own copy too and saves here in the background; the later
// `updatedAt` wins. A draft is the citizen's own data: it is returned unmasked to its owner only.
// ---------------------------------------------------------------------------------------------------------

/** The citizen's choice for one material, with what the screen needs to show it again. */
export const DraftMaterialSchema = v.variant('via', [
  v.object({
    materialId: v.string(),
    via: v.literal('upload'),
    files: v.pipe(
      v.array(UploadSchema),
      v.maxLength(MAX_FILES_PER_MATERIAL, `每项材料最多${MAX_FILES_PER_MATERIAL}个文件`),
    ),
  }),
  v.object({ materialId: v.string(), via: v.literal('license'), licenseId: v.string() }),
  v.object({ materialId: v.string(), via: v.literal('commitment') }),
  v.object({ materialId: v.string(), via: v.literal('deferred') }),
])
export type DraftMaterial = v.InferOutput<typeof DraftMaterialSchema>

export const DraftSchema = v.object({
  targetId: v.pipe(v.string(), v.minLength(1)),
  answers: SituationAnswersSchema,
  formData: FormValuesSchema,
  /** Autofilled fields the citizen unlocked with "我需要修改": submitted as typed, not as verified. */
  unlocked: v.array(v.string()),
  materials: v.array(DraftMaterialSchema),
  /**
   * The Idempotency-Key of this application's submission, made once with the draft: a retry after a timeout,
   * a double tap or a resubmission after a crash sends the same key and can never file twice.
   */
  idempotencyKey: v.pipe(v.string(), v.minLength(8), v.maxLength(255)),
  /**
   * The separate consent to the form's sensitive personal information, once given: resuming the draft (on
   * this device or another) does not ask again, and the submission sends it.
   */
  sensitiveConsent: v.optional(SensitiveConsentSchema),
  /** When the citizen last changed it (the device's clock, in China's offset); the later one wins. */
  updatedAt: ShanghaiDateTimeSchema,
})
export type Draft = v.InferOutput<typeof DraftSchema>

/** `details` of the 409 CONFLICT when a PUT is older than the platform's copy: offer the newer one. */
export const DraftConflictDetailsSchema = v.object({ updatedAt: ShanghaiDateTimeSchema })
