import type { ApplicationRequest } from '@contract/api/applications'
import type { Draft } from '@contract/api/drafts'
import type { Form } from '@contract/api/forms'
import type { Prefill } from '@contract/rules/formAutofill'
import { validateForm } from '@contract/rules/formValidate'
import { consentStillNeeded } from './consent'
import { applicationMaterials, materialErrors, type MaterialNeed } from './materials'
import { effectiveValues, verifiedClaims } from './values'

export type Submission =
  | { ok: true; request: ApplicationRequest; warnings: Record<string, string> }
  | { ok: false; errors: Record<string, string> }

/**
 * The application as POST /applications takes it, checked first with the platform's own rules so the citizen
 * fixes everything here, at once, before anything is sent. It carries the separate consent kept in the draft;
 * without one covering the form's sensitive kinds nothing is built (`sensitiveConsent`: ask again).
 */
export function buildSubmission(
  form: Form,
  draft: Draft,
  prefills: Record<string, Prefill>,
  needs: MaterialNeed[],
  now: Date,
): Submission {
  if (consentStillNeeded(form, draft).length > 0) {
    return { ok: false, errors: { sensitiveConsent: '提交前需要您单独同意使用敏感个人信息' } }
  }
  const check = validateForm(form, draft.answers, effectiveValues(form, draft, prefills), now)
  const errors = { ...check.errors, ...materialErrors(needs, draft) }
  if (Object.keys(errors).length > 0) return { ok: false, errors }
  return {
    ok: true,
    warnings: check.warnings,
    request: {
      targetId: form.targetId,
      answers: draft.answers,
      formData: check.values,
      verified: verifiedClaims(form, draft, prefills),
      materials: applicationMaterials(needs, draft),
      ...(draft.sensitiveConsent ? { sensitiveConsent: draft.sensitiveConsent } : {}),
    },
  }
}
