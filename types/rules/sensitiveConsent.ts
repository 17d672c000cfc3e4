/**
 * Separate consent to sensitive personal information (个人信息保护法 第29条): which kinds of a form a consent
 * does not cover yet. The app asks for exactly these before the form; the platform refuses an application
 * while any is left.
 */
import {
  SENSITIVE_KIND_LABELS,
  SENSITIVE_KINDS,
  type SensitiveConsent,
  type SensitiveKind,
} from '../api/forms'

/** Kinds without duplicates, in the contract's order (so a list reads the same everywhere). */
export function orderedKinds(kinds: Iterable<SensitiveKind>): SensitiveKind[] {
  const given = new Set(kinds)
  return SENSITIVE_KINDS.filter((kind) => given.has(kind))
}

/** The form's kinds the consent does not cover; [] = nothing (left) to ask. */
export function kindsNotAgreed(
  formKinds: readonly SensitiveKind[] | undefined,
  consent: SensitiveConsent | undefined,
): SensitiveKind[] {
  const agreed = new Set(consent?.kinds ?? [])
  return orderedKinds(formKinds ?? []).filter((kind) => !agreed.has(kind))
}

/** The kinds as the citizen reads them: their labels, joined with ；(a label has its own 、). */
export function kindsInWords(kinds: readonly SensitiveKind[]): string {
  return orderedKinds(kinds)
    .map((kind) => SENSITIVE_KIND_LABELS[kind])
    .join('；')
}
