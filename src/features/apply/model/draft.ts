import type { SituationAnswers } from '@contract/api/catalog'
import type { Draft, DraftMaterial } from '@contract/api/drafts'
import { MAX_FILES_PER_MATERIAL, type Upload } from '@contract/api/uploads'
import { shanghaiIso } from '@contract/rules/calendar'

/**
 * The citizen's application while they fill it in: what they typed (only that — prefilled values are applied
 * on top, see values.ts), the autofilled fields they unlocked, their choice for each material, and the
 * Idempotency-Key of its submission. Every change stamps `updatedAt`, which decides between this copy and the
 * platform's (the later wins).
 */

export function createDraft(
  targetId: string,
  answers: SituationAnswers,
  idempotencyKey: string,
  now: Date,
): Draft {
  return {
    targetId,
    answers,
    formData: {},
    unlocked: [],
    materials: [],
    idempotencyKey,
    updatedAt: shanghaiIso(now),
  }
}

const touched = (draft: Draft, now: Date, change: Partial<Draft>): Draft => ({
  ...draft,
  ...change,
  updatedAt: shanghaiIso(now),
})

export function withValue(draft: Draft, key: string, value: string, now: Date): Draft {
  return touched(draft, now, { formData: { ...draft.formData, [key]: value } })
}

/**
 * "我需要修改": the field stops being the platform's verified value. It starts from that value so the citizen
 * edits rather than retypes, and it is submitted as typed (not as verified).
 */
export function withUnlocked(draft: Draft, key: string, prefilled: string, now: Date): Draft {
  if (draft.unlocked.includes(key)) return draft
  return touched(draft, now, {
    unlocked: [...draft.unlocked, key],
    formData: { ...draft.formData, [key]: prefilled },
  })
}

/** "用回核验信息": back to the verified value, dropping what was typed over it. */
export function withRelocked(draft: Draft, key: string, now: Date): Draft {
  const { [key]: _typed, ...formData } = draft.formData
  return touched(draft, now, { unlocked: draft.unlocked.filter((k) => k !== key), formData })
}

/** The citizen answered the situation questions again (in the guide): the fields and materials follow. */
export function withAnswers(draft: Draft, answers: SituationAnswers, now: Date): Draft {
  const same =
    Object.keys(answers).length === Object.keys(draft.answers).length &&
    Object.entries(answers).every(([question, value]) => draft.answers[question] === value)
  return same ? draft : touched(draft, now, { answers })
}

export function withMaterial(draft: Draft, choice: DraftMaterial, now: Date): Draft {
  const others = draft.materials.filter((m) => m.materialId !== choice.materialId)
  return touched(draft, now, { materials: [...others, choice] })
}

export function withoutMaterial(draft: Draft, materialId: string, now: Date): Draft {
  return touched(draft, now, { materials: draft.materials.filter((m) => m.materialId !== materialId) })
}

export function uploadedFiles(draft: Draft, materialId: string): Upload[] {
  const choice = draft.materials.find((m) => m.materialId === materialId)
  return choice?.via === 'upload' ? choice.files : []
}

/** A file uploaded for a material; uploading switches the material to "upload" (a license choice is replaced). */
export function withFile(draft: Draft, materialId: string, file: Upload, now: Date): Draft {
  const files = uploadedFiles(draft, materialId)
  if (files.length >= MAX_FILES_PER_MATERIAL || files.some((f) => f.fileId === file.fileId)) return draft
  return withMaterial(draft, { materialId, via: 'upload', files: [...files, file] }, now)
}

export function withoutFile(draft: Draft, materialId: string, fileId: string, now: Date): Draft {
  const files = uploadedFiles(draft, materialId).filter((f) => f.fileId !== fileId)
  return files.length > 0
    ? withMaterial(draft, { materialId, via: 'upload', files }, now)
    : withoutMaterial(draft, materialId, now)
}

/**
 * After the platform definitively refused a submission (422, 409) its key is spent: the platform remembers
 * that answer for the key, so the corrected application needs a new one. After a timeout, a dropped
 * connection or a 5xx the key is kept, so the retry cannot file twice.
 */
export function submissionKeySpent(failure: { kind: string; status: number }): boolean {
  return failure.kind === 'rejected' && failure.status !== 429
}

export function withNewSubmissionKey(draft: Draft, idempotencyKey: string, now: Date): Draft {
  return touched(draft, now, { idempotencyKey })
}
