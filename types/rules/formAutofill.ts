/**
 * 智能填单: which fields GET /me/autofill fills, with where each value came from. The app prefills with it, the
 * platform re-checks the values a submission calls verified with it, and `npm run autofill:coverage` counts
 * with it — one function, so the three cannot disagree.
 */
import type { SituationAnswers } from '../api/catalog'
import type { AutofillPath, Form, FormField, FormValues } from '../api/forms'
import type { AutofillSources } from '../api/identity'
import { formFields } from './formMerge'
import { normaliseValue, shownFields } from './formValidate'

export interface Prefill {
  value: string
  /** Where it came from, as the citizen reads it (公安人口库, 登录手机号, 历史申报…). */
  source: string
  /** The source vouches for the value. */
  verified: boolean
  /** Verified, and the form lets it be locked: read-only until the citizen says "我需要修改". */
  locked: boolean
}

type SourceValue = Omit<Prefill, 'locked'>

export function sourceValue(path: AutofillPath, sources: AutofillSources): SourceValue | undefined {
  const { identity } = sources
  const from = (value: string, origin: { source: string; verified: boolean }): SourceValue => ({
    value,
    source: origin.source,
    verified: origin.verified,
  })
  switch (path) {
    case 'identity.name':
      return identity ? from(identity.name, identity) : undefined
    case 'identity.idNumber':
      return identity ? from(identity.idNumber, identity) : undefined
    case 'identity.sex':
      return identity ? from(identity.sex, identity) : undefined
    case 'identity.birthDate':
      return identity ? from(identity.birthDate, identity) : undefined
    case 'phone':
      return sources.phone ? from(sources.phone.value, sources.phone) : undefined
    case 'address.household':
    case 'address.residence':
    case 'address.mailing': {
      const kind = path.slice('address.'.length)
      const address = sources.addresses.find((a) => a.kind === kind)
      return address ? from(address.text, address) : undefined
    }
  }
}

/** A select only takes one of its options; anything else from a source is not offered. */
function fits(field: FormField, value: string): boolean {
  return (
    value.trim() !== '' && (field.type !== 'select' || (field.options ?? []).some((o) => o.value === value))
  )
}

/** The trusted source first; otherwise what the citizen gave last time, for values worth remembering. */
export function prefillField(field: FormField, sources: AutofillSources): Prefill | undefined {
  if (field.autofill) {
    const found = sourceValue(field.autofill.path, sources)
    if (found && fits(field, found.value)) return { ...found, locked: field.autofill.lock && found.verified }
  }
  if (!field.remember) return undefined
  const last = sources.history[field.key]
  const value =
    typeof last?.value === 'string' || typeof last?.value === 'number' ? String(last.value) : undefined
  if (!last || value === undefined || !fits(field, value)) return undefined
  return { value, source: last.source, verified: last.verified, locked: false }
}

export function prefillForm(form: Pick<Form, 'sections'>, sources: AutofillSources): Record<string, Prefill> {
  const prefills: Record<string, Prefill> = {}
  for (const field of formFields(form)) {
    const prefill = prefillField(field, sources)
    if (prefill) prefills[field.key] = prefill
  }
  return prefills
}

export interface Coverage {
  /** Fields shown for these answers. */
  fieldsTotal: number
  /** …of which filled before the citizen types anything. */
  autofilled: number
  leftToType: number
}

/** How much of the form the citizen finds filled in, for these situation answers and these sources. */
export function autofillCoverage(
  form: Pick<Form, 'sections'>,
  answers: SituationAnswers,
  sources: AutofillSources,
): Coverage {
  const prefills = prefillForm(form, sources)
  const values = Object.fromEntries(Object.entries(prefills).map(([key, p]) => [key, p.value]))
  const { shown } = shownFields(form, answers, values)
  const visible = formFields(form).filter((f) => shown(f.key))
  const autofilled = visible.filter((f) => prefills[f.key] !== undefined).length
  return { fieldsTotal: visible.length, autofilled, leftToType: visible.length - autofilled }
}

/**
 * The platform's re-check of a submission (FormSG MyInfo): every field the app calls verified must be one the
 * form lets the platform vouch for, and must still equal what the trusted source says now. A field the
 * citizen unlocked with "我需要修改" is simply not claimed, and is accepted as typed.
 */
export function checkVerifiedClaims(
  form: Pick<Form, 'sections'>,
  claimed: readonly string[],
  values: FormValues,
  sources: AutofillSources,
): Record<string, string> {
  const fields = new Map(formFields(form).map((f) => [f.key, f]))
  const errors: Record<string, string> = {}
  for (const key of claimed) {
    const field = fields.get(key)
    if (!field?.autofill?.lock) {
      errors[key] = '这一项不是由权威数据自动填写的，请核对后重新提交'
      continue
    }
    const trusted = sourceValue(field.autofill.path, sources)
    if (!trusted?.verified) {
      errors[key] = '暂时无法核验这一项，请点“我需要修改”后自行填写'
    } else if (normaliseValue(field, values[key] ?? '') !== normaliseValue(field, trusted.value)) {
      errors[key] = `${field.label}与${trusted.source}的记录不一致；如确需修改，请点“我需要修改”后填写`
    }
  }
  return errors
}
