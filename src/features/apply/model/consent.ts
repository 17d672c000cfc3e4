import type { Draft } from '@contract/api/drafts'
import type { Form, SensitiveKind } from '@contract/api/forms'
import { kindsNotAgreed, orderedKinds } from '@contract/rules/sensitiveConsent'
import { shanghaiIso } from '@contract/rules/calendar'

/**
 * The separate consent (个人信息保护法 第29、31条) to the sensitive personal information the platform says an
 * application processes (`form.sensitiveKinds`). It is asked once, before the form, and kept in the draft:
 * resuming on this device or another does not ask again, and the submission carries it.
 */

/** The kinds of the form the draft's consent does not cover yet; [] = go straight to the form. */
export function consentStillNeeded(form: Form, draft: Draft): SensitiveKind[] {
  return kindsNotAgreed(form.sensitiveKinds, draft.sensitiveConsent)
}

/** 同意并继续: the citizen agreed to these kinds (added to any agreed before), now. */
export function withSensitiveConsent(draft: Draft, kinds: readonly SensitiveKind[], now: Date): Draft {
  const agreed = orderedKinds([...(draft.sensitiveConsent?.kinds ?? []), ...kinds])
  const at = shanghaiIso(now)
  return { ...draft, sensitiveConsent: { kinds: agreed, agreedAt: at }, updatedAt: at }
}

/** The platform says the consent does not cover its form (a kind was added since): asked again, whole. */
export function withoutSensitiveConsent(draft: Draft, now: Date): Draft {
  if (!draft.sensitiveConsent) return draft
  const { sensitiveConsent: _withdrawn, ...rest } = draft
  return { ...rest, updatedAt: shanghaiIso(now) }
}

/** Nothing the citizen gave is in it yet (only the situation answers): dropping it loses nothing. */
export function isUntouched(draft: Draft): boolean {
  return (
    Object.keys(draft.formData).length === 0 &&
    draft.materials.length === 0 &&
    draft.unlocked.length === 0 &&
    !draft.sensitiveConsent
  )
}
