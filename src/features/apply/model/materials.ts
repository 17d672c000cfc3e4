import type { ApplicationMaterial } from '@contract/api/applications'
import type { ChecklistMaterial } from '@contract/api/catalog'
import type { Draft, DraftMaterial } from '@contract/api/drafts'
import type { Form } from '@contract/api/forms'
import type { License } from '@contract/api/identity'
import { withMaterial } from './draft'

/**
 * The materials of an application: what the checklist asks for, minus what the filled-in form itself is (its
 * 申请表), each with the ways this citizen may provide it.
 */
export interface MaterialNeed {
  material: ChecklistMaterial
  /** The citizen's own 电子证照 that replaces it (免提交), when they hold one. */
  license?: License
  /** 告知承诺 allowed. */
  commitment: boolean
  /** 容缺: working days to hand it in after submitting; undefined = not allowed. */
  toleranceDays?: number
}

export function materialNeeds(
  checklist: ChecklistMaterial[],
  form: Pick<Form, 'providesMaterials'>,
  licenses: License[],
): MaterialNeed[] {
  return checklist
    .filter((m) => !form.providesMaterials.includes(m.id))
    .map((material) => {
      const license = material.licenseType ? licenses.find((l) => l.type === material.licenseType) : undefined
      const need: MaterialNeed = { material, commitment: material.commitmentAllowed }
      if (license) need.license = license
      if (material.toleranceDays !== undefined) need.toleranceDays = material.toleranceDays
      return need
    })
}

export function choiceFor(draft: Draft, materialId: string): DraftMaterial | undefined {
  return draft.materials.find((m) => m.materialId === materialId)
}

/** 电子证照 tick themselves: a material the citizen holds as a licence is chosen for them unless they chose. */
export function automaticChoices(needs: MaterialNeed[], draft: Draft): DraftMaterial[] {
  return needs
    .filter((n) => n.license && !choiceFor(draft, n.material.id))
    .map((n) => ({ materialId: n.material.id, via: 'license', licenseId: n.license?.id ?? '' }))
}

/** The draft with those automatic choices made; the same draft when there is nothing to tick. */
export function withAutomaticLicenses(draft: Draft, needs: MaterialNeed[], now: Date): Draft {
  return automaticChoices(needs, draft).reduce((current, choice) => withMaterial(current, choice, now), draft)
}

/** `materials.<id>` → what is missing, as the platform would say it. */
export function materialErrors(needs: MaterialNeed[], draft: Draft): Record<string, string> {
  const errors: Record<string, string> = {}
  for (const { material } of needs) {
    const choice = choiceFor(draft, material.id)
    if (!choice || (choice.via === 'upload' && choice.files.length === 0)) {
      errors[`materials.${material.id}`] = `请提供：${material.name}`
    }
  }
  return errors
}

/** What is sent for each material; a choice for a material no longer needed (answers changed) is left out. */
export function applicationMaterials(needs: MaterialNeed[], draft: Draft): ApplicationMaterial[] {
  const needed = new Set(needs.map((n) => n.material.id))
  return draft.materials
    .filter((choice) => needed.has(choice.materialId))
    .flatMap((choice): ApplicationMaterial[] => {
      const { materialId } = choice
      switch (choice.via) {
        case 'upload':
          return choice.files.map((f) => ({ materialId, fileId: f.fileId }))
        case 'license':
          return [{ materialId, licenseId: choice.licenseId }]
        case 'commitment':
          return [{ materialId, commitment: true }]
        case 'deferred':
          return [{ materialId, deferred: true }]
      }
    })
}

/** One line for the check-answers page and the material card. */
export function choiceSummary(choice: DraftMaterial | undefined, need: MaterialNeed): string {
  if (!choice) return '还没有提供'
  switch (choice.via) {
    case 'upload':
      return `已上传${choice.files.length}个文件`
    case 'license':
      return `使用电子证照：${need.license?.name ?? need.material.name}（免提交）`
    case 'commitment':
      return '已签署告知承诺'
    case 'deferred':
      return `容缺受理：提交后${need.toleranceDays ?? 0}个工作日内补交`
  }
}
