import type { Draft } from '@contract/api/drafts'
import type { Form, FormField } from '@contract/api/forms'
import type { Prefill } from '@contract/rules/formAutofill'
import { shownFields } from '@contract/rules/formValidate'
import { maskIdNumber, maskPhone } from '@contract/rules/mask'
import { dateLabel } from './time'
import { effectiveValues, fieldState } from './values'

/** A value as the citizen reads it: the option's words, the unit, a written date. */
export function displayValue(field: FormField, value: string): string {
  if (value === '') return '未填写'
  if (field.type === 'select') return field.options?.find((o) => o.value === value)?.label ?? value
  if (field.type === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) return dateLabel(value)
  if ((field.type === 'amount' || field.type === 'integer') && field.unit) return `${value} ${field.unit}`
  return value
}

/**
 * A value the citizen did not type on this form (verified, or kept from an earlier application): ID and phone
 * numbers masked, as the privacy policy promises (页面上只显示脱敏后的号码); enough of them shows to recognise.
 * What they typed themselves stays whole on the check-answers page, where they must be able to spot a typo.
 */
export function maskedDisplayValue(field: FormField, value: string): string {
  if (value === '') return displayValue(field, value)
  if (field.type === 'idNumber') return maskIdNumber(value)
  if (field.type === 'mobile') return maskPhone(value)
  return displayValue(field, value)
}

export interface ReviewRow {
  key: string
  label: string
  value: string
  /** "公安人口库 · 已核验", "历史申报", or absent for what the citizen typed. */
  source?: string
  /** Checked by the platform against its source, as opposed to only offered from it. */
  verified?: true
}

export interface ReviewSection {
  id: string
  title: string
  rows: ReviewRow[]
}

/** The check-answers page (GOV.UK): every shown field, grouped as on the form, with where its value came from. */
export function reviewSections(form: Form, draft: Draft, prefills: Record<string, Prefill>): ReviewSection[] {
  const { shown } = shownFields(form, draft.answers, effectiveValues(form, draft, prefills))
  return form.sections
    .map((section) => ({
      id: section.id,
      title: section.title,
      rows: section.fields
        .filter((f) => shown(f.key))
        .map((field): ReviewRow => {
          const state = fieldState(field, draft, prefills)
          const row: ReviewRow = {
            key: field.key,
            label: field.label,
            value: state.typed ? displayValue(field, state.value) : maskedDisplayValue(field, state.value),
          }
          if (state.locked && state.prefill) {
            row.source = `${state.prefill.source} · 已核验`
            row.verified = true
          } else if (!state.typed && state.prefill) row.source = state.prefill.source
          return row
        }),
    }))
    .filter((section) => section.rows.length > 0)
}
