import type { Bundle, ItemGuide } from '../../../types/api/catalog'
import type { Form, FormCondition, FormField, FormSection, SensitiveKind } from '../../../types/api/forms'
import type { Material } from '../../../types/api/catalog'
import { FormDataError, type FormPart, formFields, mergeForms } from '../../../types/rules/formMerge'
import { orderedKinds } from '../../../types/rules/sensitiveConsent'
import { BUNDLES, ITEMS, findItem } from '../catalog'
import { sensitiveKindsOf } from '../catalog/materials'
import { FIELDS, SECTIONS, type SectionId } from './fields'
import { type FieldRef, genericForm, ITEM_FORMS, REGISTERS_BUSINESS } from './items'

/**
 * Every form the platform serves: one per item, and for each 一件事 the merge of its members' forms (一表申请).
 * Static seed data like the catalog, built and checked when the simulator loads: a form that reads a
 * question its target does not ask, or two items whose rules for a datum cannot both hold, stops the load.
 */

function questionsReadBy(condition: FormCondition | undefined): string[] {
  if (!condition) return []
  if ('question' in condition) return [condition.question]
  if ('field' in condition) return []
  if ('all' in condition) return condition.all.flatMap(questionsReadBy)
  if ('any' in condition) return condition.any.flatMap(questionsReadBy)
  return questionsReadBy(condition.not)
}

function assertAsked(form: Form, questionIds: readonly string[]): void {
  for (const field of formFields(form)) {
    for (const question of [...questionsReadBy(field.showIf), ...questionsReadBy(field.requiredIf)]) {
      if (!questionIds.includes(question)) {
        throw new FormDataError(
          `${form.targetId}: ${field.key} reads question "${question}", which is not asked`,
        )
      }
    }
  }
}

function fieldOf(ref: FieldRef, itemId: string): FormField {
  const [key, overrides] = typeof ref === 'string' ? [ref, {}] : ref
  return { key, ...FIELDS[key], ...overrides, forItems: [itemId] }
}

/** An item's own form as a part of a merge, without the fields a bundle says it cannot ask. */
function itemPart(item: ItemGuide, dropped: ReadonlySet<string> = new Set()): FormPart {
  const spec = ITEM_FORMS[item.id] ?? genericForm(item.materials.map((m) => m.id))
  const sections = Object.entries(spec.sections).map(([id, refs]): FormSection => {
    const { title, ...rest } = SECTIONS[id as SectionId]
    const fields = (refs ?? []).map((ref) => fieldOf(ref, item.id)).filter((f) => !dropped.has(f.key))
    return 'hint' in rest ? { id, title, hint: rest.hint, fields } : { id, title, fields }
  })
  return { itemId: item.id, name: item.name, sections, provides: spec.provides ?? [] }
}

/**
 * The sensitive personal information an application may process, whatever its situation answers: what its
 * form's sections hold (the newborn → a child's data; the bank section → a bank account) and what its
 * materials carry (an ID card → an identity document's image; medical bills → health data), both read from
 * the libraries (`SECTIONS[…].sensitive`, the materials library's `sensitive`), never from a list of targets.
 */
function withSensitiveKinds(form: Form, materials: readonly Material[]): Form {
  const kinds = orderedKinds([
    ...form.sections.flatMap((section): SensitiveKind[] => {
      const { sensitive } = (SECTIONS as Record<string, { sensitive?: SensitiveKind }>)[section.id] ?? {}
      return section.fields.length > 0 && sensitive ? [sensitive] : []
    }),
    ...materials.filter((m) => !form.providesMaterials.includes(m.id)).flatMap((m) => sensitiveKindsOf(m.id)),
  ])
  return kinds.length > 0 ? { ...form, sensitiveKinds: kinds } : form
}

function itemForm(item: ItemGuide): Form {
  const form = mergeForms({ targetId: item.id, kind: 'item', name: item.name }, [itemPart(item)])
  assertAsked(
    form,
    item.questions.map((q) => q.id),
  )
  return withSensitiveKinds(form, item.materials)
}

const NOTHING_DROPPED: ReadonlySet<string> = new Set()
const CREDIT_CODE_DROPPED: ReadonlySet<string> = new Set(['company.creditCode'])

function bundleForm(bundle: Bundle): Form {
  const registers = bundle.items.some((m) => REGISTERS_BUSINESS.has(m.itemId))
  const parts = bundle.items.map((member): FormPart => {
    const item = findItem(member.itemId)
    if (!item) throw new FormDataError(`${bundle.id}: unknown member ${member.itemId}`)
    const dropped = registers && !REGISTERS_BUSINESS.has(item.id) ? CREDIT_CODE_DROPPED : NOTHING_DROPPED
    const part = itemPart(item, dropped)
    return member.appliesIf ? { ...part, appliesIf: member.appliesIf } : part
  })
  const form = mergeForms({ targetId: bundle.formId, kind: 'bundle', name: bundle.name }, parts)
  assertAsked(
    form,
    bundle.questions.map((q) => q.id),
  )
  return withSensitiveKinds(
    form,
    bundle.items.flatMap((member) => member.materials),
  )
}

const FORMS = new Map<string, Form>([
  ...ITEMS.map((item) => [item.id, itemForm(item)] as const),
  ...BUNDLES.map((bundle) => [bundle.formId, bundleForm(bundle)] as const),
])

for (const id of Object.keys(ITEM_FORMS)) {
  if (!findItem(id)) throw new FormDataError(`a form for ${id}, which the catalog does not have`)
}

/** The form of an item, or the merged form of a 一件事 (by its formId, which is the bundle id). */
export function findForm(targetId: string): Form | undefined {
  return FORMS.get(targetId)
}
