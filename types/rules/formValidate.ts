/**
 * Form checks, the same on the device (on blur and before submitting) and on the platform (POST /applications
 * answers 422 with these messages per field), so the citizen never sees the platform disagree with the app.
 * Messages say what to do, next to the field, in plain Chinese.
 */
import * as v from 'valibot'

import type { SituationAnswers } from '../api/catalog'
import type { Form, FormCondition, FormField, FormValues } from '../api/forms'
import { RealNameSchema } from '../api/identity'
import { isCalendarDate, shanghaiDate } from './calendar'
import { validateCreditCode } from './creditCode'
import { formFields } from './formMerge'
import { validateIdNumber } from './idNumber'
import { isMainlandMobile } from './phone'

/** What conditions read: the situation answers and the form's values (hidden fields count as empty). */
export interface ConditionScope {
  answers: SituationAnswers
  values: FormValues
  /** Whether a field is shown; a condition on a hidden field never holds. */
  shown: (key: string) => boolean
}

export function formConditionHolds(condition: FormCondition, scope: ConditionScope): boolean {
  if ('question' in condition) {
    const answer = scope.answers[condition.question]
    return answer !== undefined && condition.in.includes(answer)
  }
  if ('field' in condition) {
    if (!scope.shown(condition.field)) return false
    return condition.in.includes((scope.values[condition.field] ?? '').trim())
  }
  if ('all' in condition) return condition.all.every((c) => formConditionHolds(c, scope))
  if ('any' in condition) return condition.any.some((c) => formConditionHolds(c, scope))
  return !formConditionHolds(condition.not, scope)
}

/**
 * Which fields are shown for these answers and values. A field's condition may read a field placed after it
 * (merged forms keep each field where it first appeared), so each is resolved on demand; a cycle in the
 * data hides the fields in it rather than hanging.
 */
export function shownFields(form: Pick<Form, 'sections'>, answers: SituationAnswers, values: FormValues) {
  const fields = new Map(formFields(form).map((f) => [f.key, f]))
  const resolved = new Map<string, boolean>()
  const resolving = new Set<string>()
  const shown = (key: string): boolean => {
    const known = resolved.get(key)
    if (known !== undefined) return known
    const field = fields.get(key)
    if (!field || resolving.has(key)) return false
    resolving.add(key)
    const result = field.showIf === undefined || formConditionHolds(field.showIf, { answers, values, shown })
    resolving.delete(key)
    resolved.set(key, result)
    return result
  }
  return { shown, scope: { answers, values, shown } satisfies ConditionScope }
}

export function isRequired(field: FormField, scope: ConditionScope): boolean {
  return field.required || (field.requiredIf !== undefined && formConditionHolds(field.requiredIf, scope))
}

/** The value as the platform keeps it: trimmed; ID numbers and credit codes in upper case. */
export function normaliseValue(field: Pick<FormField, 'type'>, raw: string): string {
  const value = raw.trim()
  return field.type === 'idNumber' || field.type === 'creditCode' ? value.toUpperCase() : value
}

export interface FieldCheck {
  error?: string
  /** Worth a second look, but the citizen may submit it (a credit code that fails its checksum). */
  warning?: string
}

const charCount = (text: string) => Array.from(text).length

function checkNumber(field: FormField, value: string, pattern: RegExp, format: string): string | undefined {
  if (!pattern.test(value)) return format
  const n = Number(value)
  const unit = field.unit ?? ''
  if (field.min !== undefined && n < field.min) return `${field.label}不能少于${field.min}${unit}`
  if (field.max !== undefined && n > field.max) return `${field.label}不能超过${field.max}${unit}`
  return undefined
}

/** Checks a filled-in value (emptiness is `isRequired`'s business). `now` decides what "today" is. */
export function checkFieldValue(field: FormField, raw: string, now: Date = new Date()): FieldCheck {
  const value = normaliseValue(field, raw)
  if (value === '') return {}
  const length = charCount(value)
  if (field.minLength !== undefined && length < field.minLength) {
    return { error: `${field.label}至少${field.minLength}个字` }
  }
  if (field.maxLength !== undefined && length > field.maxLength) {
    return { error: `${field.label}最多${field.maxLength}个字` }
  }
  switch (field.type) {
    case 'name': {
      const result = v.safeParse(RealNameSchema, value)
      return result.success ? {} : { error: '请输入与身份证一致的中文姓名（2至20个汉字）' }
    }
    case 'idNumber': {
      const check = validateIdNumber(value, now)
      return check.ok ? {} : { error: check.reason }
    }
    case 'creditCode': {
      const check = validateCreditCode(value)
      if (!check.ok) return { error: check.reason }
      return check.warning ? { warning: check.warning } : {}
    }
    case 'mobile':
      return isMainlandMobile(value) ? {} : { error: '请输入正确的11位手机号' }
    case 'date': {
      if (!isCalendarDate(value)) return { error: `${field.label}不正确，请选择日期` }
      const today = shanghaiDate(now)
      if (field.dateRange === 'past' && value > today) return { error: `${field.label}不能晚于今天` }
      if (field.dateRange === 'future' && value < today) return { error: `${field.label}不能早于今天` }
      return {}
    }
    case 'amount': {
      const error = checkNumber(field, value, /^\d+(\.\d{1,2})?$/, `${field.label}请填写数字，最多两位小数`)
      return error ? { error } : {}
    }
    case 'integer': {
      const error = checkNumber(field, value, /^\d+$/, `${field.label}请填写整数`)
      return error ? { error } : {}
    }
    case 'select':
      return field.options?.some((o) => o.value === value)
        ? {}
        : { error: `请从给出的选项中选择${field.label}` }
    case 'text':
    case 'address':
      return {}
  }
}

export function missingMessage(field: Pick<FormField, 'type' | 'label'>): string {
  return field.type === 'select' || field.type === 'date' ? `请选择${field.label}` : `请填写${field.label}`
}

export interface FormCheck {
  /** Field key → what to fix; empty when the form may be submitted. */
  errors: Record<string, string>
  warnings: Record<string, string>
  /** What is submitted: the shown fields' values, normalised; hidden and empty fields are left out. */
  values: FormValues
}

export function validateForm(
  form: Pick<Form, 'sections'>,
  answers: SituationAnswers,
  values: FormValues,
  now: Date = new Date(),
): FormCheck {
  const { shown, scope } = shownFields(form, answers, values)
  const check: FormCheck = { errors: {}, warnings: {}, values: {} }
  for (const field of formFields(form)) {
    if (!shown(field.key)) continue
    const value = normaliseValue(field, values[field.key] ?? '')
    if (value === '') {
      if (isRequired(field, scope)) check.errors[field.key] = missingMessage(field)
      continue
    }
    const { error, warning } = checkFieldValue(field, value, now)
    if (error) check.errors[field.key] = error
    if (warning) check.warnings[field.key] = warning
    check.values[field.key] = value
  }
  return check
}
