import type { Draft } from '@contract/api/drafts'
import type { Form, FormField, FormValues } from '@contract/api/forms'
import type { Prefill } from '@contract/rules/formAutofill'
import { formFields } from '@contract/rules/formMerge'
import { shownFields } from '@contract/rules/formValidate'

/** How a field stands: its value, where that came from, and whether the platform vouches for it now. */
export interface FieldState {
  value: string
  prefill?: Prefill
  /** Verified and not unlocked: read-only, submitted as verified. */
  locked: boolean
  /** The citizen unlocked it with "我需要修改". */
  unlocked: boolean
  /** The citizen typed or chose this value (not the prefill as it came). */
  typed: boolean
}

export function fieldState(field: FormField, draft: Draft, prefills: Record<string, Prefill>): FieldState {
  const prefill = prefills[field.key]
  const unlocked = draft.unlocked.includes(field.key)
  const locked = prefill?.locked === true && !unlocked
  const typed = !locked && Object.prototype.hasOwnProperty.call(draft.formData, field.key)
  const value = locked ? prefill.value : typed ? (draft.formData[field.key] ?? '') : (prefill?.value ?? '')
  return { value, prefill, locked, unlocked, typed }
}

/** The values the form shows and submits: what was typed over what was prefilled; locked values as verified. */
export function effectiveValues(
  form: Pick<Form, 'sections'>,
  draft: Draft,
  prefills: Record<string, Prefill>,
): FormValues {
  const values: FormValues = {}
  for (const field of formFields(form)) {
    const { value } = fieldState(field, draft, prefills)
    if (value !== '') values[field.key] = value
  }
  return values
}

/** The fields submitted as verified: locked, shown, not unlocked. The platform re-checks each. */
export function verifiedClaims(
  form: Pick<Form, 'sections'>,
  draft: Draft,
  prefills: Record<string, Prefill>,
): string[] {
  const { shown } = shownFields(form, draft.answers, effectiveValues(form, draft, prefills))
  return formFields(form)
    .filter((f) => shown(f.key) && fieldState(f, draft, prefills).locked)
    .map((f) => f.key)
}

export interface FillProgress {
  shown: number
  /** Shown fields with a value, prefilled or typed. */
  filled: number
  /** Shown fields filled before the citizen typed anything. */
  prefilled: number
}

export function fillProgress(
  form: Pick<Form, 'sections'>,
  draft: Draft,
  prefills: Record<string, Prefill>,
): FillProgress {
  const values = effectiveValues(form, draft, prefills)
  const { shown } = shownFields(form, draft.answers, values)
  const visible = formFields(form).filter((f) => shown(f.key))
  return {
    shown: visible.length,
    filled: visible.filter((f) => values[f.key] !== undefined).length,
    prefilled: visible.filter((f) => prefills[f.key] !== undefined).length,
  }
}
