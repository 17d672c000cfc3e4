/**
 * 一表申请: the one form of a 一件事 is the merge of its items' forms. A datum several items ask for is one
 * field; where the items' rules differ the stricter wins (required beats optional, the smaller maxLength, the
 * larger minLength and min, the smaller max, only the options every item allows); and each field records the
 * items it feeds. Rules that cannot both hold (a text in one item, a date in another; no option left) are
 * errors in the catalog data, thrown here so they are found when the data loads, not by a citizen.
 */
import type { Form, FormCondition, FormField, FormSection } from '../api/forms'

export class FormDataError extends Error {
  override name = 'FormDataError'
}

/** One item's own form, and when the item is part of the application (a bundle member's appliesIf). */
export interface FormPart {
  itemId: string
  name: string
  appliesIf?: FormCondition
  sections: FormSection[]
  /** Materials this item's form is (its 申请表). */
  provides?: string[]
}

// ── Conditions as values: `undefined` is "always" ───────────────────────────────────────────────────────

/** JSON with sorted keys: two conditions that read the same compare equal. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    return `{${Object.keys(record)
      .sort()
      .filter((k) => record[k] !== undefined)
      .map((k) => `${JSON.stringify(k)}:${canonical(record[k])}`)
      .join(',')}}`
  }
  return JSON.stringify(value)
}

/** Flattened, de-duplicated and sorted, so the result does not depend on the order items are merged in. */
function combine(kind: 'all' | 'any', parts: FormCondition[]): FormCondition {
  const flat = parts.flatMap((c) => (kind in c ? (c as Record<typeof kind, FormCondition[]>)[kind] : [c]))
  const unique = [...new Map(flat.map((c) => [canonical(c), c])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, c]) => c)
  return unique.length === 1 ? unique[0] : kind === 'all' ? { all: unique } : { any: unique }
}

function allOf(...conditions: Array<FormCondition | undefined>): FormCondition | undefined {
  const present = conditions.filter((c): c is FormCondition => c !== undefined)
  return present.length === 0 ? undefined : combine('all', present)
}

/** "Either": always when one of them is always. */
function anyOf(conditions: Array<FormCondition | undefined>): FormCondition | undefined {
  if (conditions.length === 0 || conditions.some((c) => c === undefined)) return undefined
  return combine('any', conditions as FormCondition[])
}

function sameCondition(a: FormCondition | undefined, b: FormCondition | undefined): boolean {
  return canonical(a ?? null) === canonical(b ?? null)
}

/** Every field key a condition reads (for the check that a condition never points at a missing field). */
function fieldsReadBy(condition: FormCondition | undefined): string[] {
  if (!condition) return []
  if ('field' in condition) return [condition.field]
  if ('question' in condition) return []
  if ('all' in condition) return condition.all.flatMap(fieldsReadBy)
  if ('any' in condition) return condition.any.flatMap(fieldsReadBy)
  return fieldsReadBy(condition.not)
}

// ── Fields ───────────────────────────────────────────────────────────────────────────────────────────────

/**
 * A field as one item asks it, made explicit: when it is shown (`active`) and when it must be filled
 * (`requiredWhen`, null = never), both including the item's own appliesIf.
 */
interface Demand {
  field: FormField
  active: FormCondition | undefined
  requiredWhen: FormCondition | undefined | null
}

function demandOf(field: FormField, appliesIf: FormCondition | undefined): Demand {
  const active = allOf(appliesIf, field.showIf)
  const requiredWhen = field.required
    ? active
    : field.requiredIf
      ? (allOf(active, field.requiredIf) ?? null)
      : null
  return { field, active, requiredWhen }
}

function stricter(a: number | undefined, b: number | undefined, pick: (x: number, y: number) => number) {
  return a === undefined ? b : b === undefined ? a : pick(a, b)
}

function mergeDemands(key: string, demands: Demand[]): FormField {
  const [first] = demands
  const fields = demands.map((d) => d.field)
  const conflict = (what: string) =>
    new FormDataError(`${key}: ${what} (${fields.flatMap((f) => f.forItems).join(', ')})`)

  if (fields.some((f) => f.type !== first.field.type)) throw conflict('different types')

  const withAutofill = fields.filter((f) => f.autofill)
  if (withAutofill.some((f) => canonical(f.autofill) !== canonical(withAutofill[0].autofill))) {
    throw conflict('different autofill sources')
  }
  const ranges = new Set(fields.map((f) => f.dateRange).filter((r) => r !== undefined))
  if (ranges.size > 1) throw conflict('a date both in the past and in the future')
  const units = new Set(fields.map((f) => f.unit).filter((u) => u !== undefined))
  if (units.size > 1) throw conflict('amounts in different units')

  let options = first.field.options
  for (const f of fields.slice(1)) {
    if (options === undefined) options = f.options
    else if (f.options !== undefined)
      options = options.filter((o) => f.options?.some((p) => p.value === o.value))
  }
  if (options !== undefined && options.length === 0) throw conflict('no option every item allows')

  const minLength = fields.reduce<number | undefined>((n, f) => stricter(n, f.minLength, Math.max), undefined)
  const maxLength = fields.reduce<number | undefined>((n, f) => stricter(n, f.maxLength, Math.min), undefined)
  const min = fields.reduce<number | undefined>((n, f) => stricter(n, f.min, Math.max), undefined)
  const max = fields.reduce<number | undefined>((n, f) => stricter(n, f.max, Math.min), undefined)
  if (minLength !== undefined && maxLength !== undefined && minLength > maxLength) {
    throw conflict('minLength above maxLength')
  }
  if (min !== undefined && max !== undefined && min > max) throw conflict('min above max')

  const showIf = anyOf(demands.map((d) => d.active))
  const requirements = demands.map((d) => d.requiredWhen).filter((r) => r !== null)
  const requiredWhen = requirements.length === 0 ? null : anyOf(requirements)
  const required = requiredWhen !== null && sameCondition(requiredWhen, showIf)

  const forItems: string[] = []
  for (const f of fields) for (const id of f.forItems) if (!forItems.includes(id)) forItems.push(id)

  const merged: FormField = {
    key,
    label: first.field.label,
    type: first.field.type,
    required,
    remember: fields.every((f) => f.remember),
    forItems,
  }
  const hint = fields.find((f) => f.hint)?.hint
  if (hint !== undefined) merged.hint = hint
  if (!required && requiredWhen !== null && requiredWhen !== undefined) merged.requiredIf = requiredWhen
  if (showIf !== undefined) merged.showIf = showIf
  if (options !== undefined) merged.options = options
  if (minLength !== undefined) merged.minLength = minLength
  if (maxLength !== undefined) merged.maxLength = maxLength
  if (min !== undefined) merged.min = min
  if (max !== undefined) merged.max = max
  if (units.size === 1) merged.unit = [...units][0]
  if (ranges.size === 1) merged.dateRange = [...ranges][0]
  if (withAutofill.length > 0) merged.autofill = withAutofill[0].autofill
  return merged
}

/** Data errors a single form can have on its own: duplicate keys, selects without options, dangling conditions. */
export function checkForm(form: Pick<Form, 'targetId' | 'sections'>): void {
  const keys = new Set<string>()
  for (const section of form.sections) {
    for (const field of section.fields) {
      if (keys.has(field.key)) throw new FormDataError(`${form.targetId}: field ${field.key} twice`)
      keys.add(field.key)
      if (field.type === 'select' && !field.options?.length) {
        throw new FormDataError(`${form.targetId}: select ${field.key} has no options`)
      }
    }
  }
  for (const section of form.sections) {
    for (const field of section.fields) {
      const read = [...fieldsReadBy(field.showIf), ...fieldsReadBy(field.requiredIf)]
      const missing = read.find((key) => !keys.has(key))
      if (missing)
        throw new FormDataError(`${form.targetId}: ${field.key} depends on missing field ${missing}`)
    }
  }
}

/**
 * The one form for `target`: sections in the order they first appear, each field once, at its first place.
 * An item form is the merge of one part; merging is idempotent and does not depend on the parts' order
 * (other than where sections and fields are placed).
 */
export function mergeForms(target: Pick<Form, 'targetId' | 'kind' | 'name'>, parts: FormPart[]): Form {
  const sections = new Map<string, { section: FormSection; keys: string[] }>()
  const demands = new Map<string, Demand[]>()
  for (const part of parts) {
    for (const section of part.sections) {
      let placed = sections.get(section.id)
      if (!placed) {
        placed = { section, keys: [] }
        sections.set(section.id, placed)
      }
      for (const field of section.fields) {
        const known = demands.get(field.key)
        if (!known) {
          demands.set(field.key, [demandOf(field, part.appliesIf)])
          placed.keys.push(field.key)
        } else {
          known.push(demandOf(field, part.appliesIf))
        }
      }
    }
  }

  const provided = new Set(parts.flatMap((p) => p.provides ?? []))
  const form: Form = {
    targetId: target.targetId,
    kind: target.kind,
    name: target.name,
    items: [...new Map(parts.map((p) => [p.itemId, p])).values()].map((p) =>
      p.appliesIf
        ? { itemId: p.itemId, name: p.name, appliesIf: p.appliesIf }
        : { itemId: p.itemId, name: p.name },
    ),
    sections: [...sections.values()]
      .filter(({ keys }) => keys.length > 0)
      .map(({ section, keys }) => {
        const merged: FormSection = {
          id: section.id,
          title: section.title,
          fields: keys.map((key) => mergeDemands(key, demands.get(key) ?? [])),
        }
        if (section.hint !== undefined) merged.hint = section.hint
        return merged
      }),
    providesMaterials: [...provided].sort(),
  }
  checkForm(form)
  return form
}

/** Every field of a form, in order. */
export function formFields(form: Pick<Form, 'sections'>): FormField[] {
  return form.sections.flatMap((s) => s.fields)
}
