import {
  type Application,
  type ApplicationMaterial,
  ApplicationRequestSchema,
  commitmentText,
} from '../../types/api/applications'
import type { ChecklistMaterial } from '../../types/api/catalog'
import type { FormValues, SensitiveConsent, SensitiveKind } from '../../types/api/forms'
import { MAX_FILES_PER_MATERIAL } from '../../types/api/uploads'
import { addWorkingDays, shanghaiDate } from '../../types/rules/calendar'
import { checkVerifiedClaims } from '../../types/rules/formAutofill'
import { formFields } from '../../types/rules/formMerge'
import { validateForm } from '../../types/rules/formValidate'
import { kindsInWords, kindsNotAgreed } from '../../types/rules/sensitiveConsent'
import {
  evaluateSituation,
  type GuideTarget,
  targetFromBundle,
  targetFromItem,
  visibleQuestions,
} from '../../types/rules/situations'
import { toShanghaiIso } from '../framework/clock'
import type { Feature, SimContext } from '../framework/context'
import { ApiError, validationFailed } from '../framework/errors'
import { json } from '../framework/http'
import { getOwn } from '../framework/records'
import { parseBody } from '../framework/validate'
import { PLATFORM_CALENDAR } from '../seed/calendar'
import { findBundle, findItem } from '../seed/catalog'
import { findForm } from '../seed/forms'
import { type Citizen, ZHAOTONG_AREAS } from '../seed/identity'
import { createCase, prepareCases } from './cases'
import { deleteDraft } from './drafts'
import { autofillFor, licensesFor, requireCitizen } from './identity'
import { ownUpload } from './uploads'

/**
 * POST /applications — 一次提交. Without the citizen's separate consent to every sensitive kind of the form
 * (`Form.sensitiveKinds`: a child's data, ID images, a bank account, health data) nothing else is looked at:
 * 422 on `sensitiveConsent`. Then the platform checks the whole application with the same rules as the app
 * (situation answers, form, materials), re-checks every value the app calls verified against its source
 * (tampering → 422), then files one case per applicable item through the cases feature, remembers the
 * citizen's lasting answers for next time (GET /me/autofill history) and drops the draft.
 */

export interface ApplicationRecord {
  ownerId: string
  answers: Record<string, string>
  formData: FormValues
  verified: string[]
  materials: ApplicationMaterial[]
  /** The 告知承诺 the citizen signed, in the words they saw. */
  commitments: Array<{ materialId: string; text: string }>
  /** The separate consent to the form's sensitive kinds, and when it was given; absent when it had none. */
  sensitiveConsent?: SensitiveConsent
  /** What the citizen was answered (a replay and GET /applications/{id} answer the same). */
  response: Application
}

export interface ApplicationsState {
  nextSeq: number
  records: Record<string, ApplicationRecord>
}

export function emptyApplications(): ApplicationsState {
  return { nextSeq: 1, records: {} }
}

function guideTarget(targetId: string): (GuideTarget & { formId: string }) | undefined {
  const bundle = findBundle(targetId)
  if (bundle) return { ...targetFromBundle(bundle), formId: bundle.formId }
  const item = findItem(targetId)
  return item ? { ...targetFromItem(item), formId: item.id } : undefined
}

/** One message per material, keyed `materials.<materialId>` so the app shows it on that material. */
function checkMaterials(
  ctx: SimContext,
  citizen: Citizen,
  needed: ChecklistMaterial[],
  given: ApplicationMaterial[],
): Record<string, string> {
  const errors: Record<string, string> = {}
  const licenses = licensesFor(citizen, ctx.clock.now())
  for (const material of needed) {
    const key = `materials.${material.id}`
    const entries = given.filter((m) => m.materialId === material.id)
    const kinds = new Set(entries.map((m) => Object.keys(m).find((k) => k !== 'materialId')))
    if (entries.length === 0) errors[key] = `请提供：${material.name}`
    else if (kinds.size > 1) errors[key] = `“${material.name}”请只选一种提交方式`
    else if (entries.length > MAX_FILES_PER_MATERIAL)
      errors[key] = `“${material.name}”最多${MAX_FILES_PER_MATERIAL}个文件`
    else {
      for (const entry of entries) {
        if ('fileId' in entry && !ownUpload(ctx.state.uploads, citizen.id, entry.fileId)) {
          errors[key] = `“${material.name}”的文件已失效，请重新上传`
        } else if (
          'licenseId' in entry &&
          !licenses.some((l) => l.id === entry.licenseId && l.type === material.licenseType)
        ) {
          errors[key] = `这份电子证照不能作为“${material.name}”，请重新选择或上传`
        } else if ('commitment' in entry && !material.commitmentAllowed) {
          errors[key] = `“${material.name}”不能用告知承诺代替，请上传`
        } else if ('deferred' in entry && material.toleranceDays === undefined) {
          errors[key] = `“${material.name}”不能容缺后补，请现在上传`
        }
      }
    }
  }
  for (const entry of given) {
    if (!needed.some((m) => m.id === entry.materialId)) {
      errors[`materials.${entry.materialId}`] = '根据您的情况不需要这项材料，请删去后再提交'
    }
  }
  return errors
}

/**
 * Why an application without the separate consent is refused, in the citizen's words: everything when none
 * was given, else only what is still missing (the form gained a kind since the citizen agreed).
 */
function consentRefusal(consent: SensitiveConsent | undefined, missing: SensitiveKind[]): string {
  return consent
    ? `还需要您单独同意使用：${kindsInWords(missing)}。请回到申请表前的“办理前需要您单独同意”确认后再提交。`
    : `这项申请会用到您的敏感个人信息：${kindsInWords(missing)}。需要您先单独同意才能提交；不同意的，可以预约到大厅办理。`
}

/** The hall of the applicant's county when it takes the item, else the item's first hall. */
function hallFor(citizen: Citizen, itemId: string, fallback: string): string {
  const halls = findItem(itemId)?.halls ?? []
  const county = citizen.realName ? getOwn(ZHAOTONG_AREAS, citizen.realName.idNumber.slice(0, 6)) : undefined
  return (halls.find((h) => county && h.name.includes(county)) ?? halls[0])?.hallId ?? fallback
}

export const applicationsFeature: Feature = {
  name: 'applications',
  register(router, ctx) {
    router.post(
      '/applications',
      ctx.idempotent((req) => {
        const citizen = requireCitizen(ctx, req)
        if (!citizen.realName) {
          throw new ApiError(403, 'FORBIDDEN', '网上申请需要先完成实名认证，请在“我的”里认证后再提交')
        }
        const body = parseBody(req, ApplicationRequestSchema)
        const target = guideTarget(body.targetId)
        const form = target && findForm(target.formId)
        if (!target || !form) throw validationFailed({ targetId: '没有这个事项，请返回重新选择' })
        if (!target.online) {
          throw validationFailed({ targetId: '这个事项暂不能网上申请，请预约到大厅办理' })
        }
        // PIPL 第29条: no consent, no processing — the rest of the application is not even read.
        const missingConsent = kindsNotAgreed(form.sensitiveKinds, body.sensitiveConsent)
        if (missingConsent.length > 0) {
          throw validationFailed({ sensitiveConsent: consentRefusal(body.sensitiveConsent, missingConsent) })
        }

        const evaluation = evaluateSituation(target, body.answers)
        if (!evaluation.ok) {
          throw validationFailed(
            Object.fromEntries(
              Object.entries(evaluation.errors).map(([q, message]) => [`answers.${q}`, message]),
            ),
          )
        }
        const answers = visibleQuestions(target.questions, body.answers).effective
        const now = ctx.clock.now()
        const check = validateForm(form, answers, body.formData, now)
        const verified = [...new Set(body.verified)]
        const needed = evaluation.result.materials.filter((m) => !form.providesMaterials.includes(m.id))
        const errors = {
          ...checkMaterials(ctx, citizen, needed, body.materials),
          ...checkVerifiedClaims(form, verified, check.values, autofillFor(ctx, citizen)),
          ...check.errors,
        }
        if (Object.keys(errors).length > 0) throw validationFailed(errors)

        prepareCases(ctx)
        const submittedAt = toShanghaiIso(now)
        const phone = citizen.phone ?? check.values['applicant.phone'] ?? check.values['legalRep.phone'] ?? ''
        const fallbackHall = target.halls[0]?.hallId ?? 'hall-city'
        const cases = evaluation.result.items.map((item) => {
          const record = createCase(ctx, {
            itemId: item.itemId,
            applicant: { userId: citizen.id, phone, name: citizen.realName?.name ?? null },
            channel: 'online',
            hallId: hallFor(citizen, item.itemId, fallbackHall),
          })
          return {
            caseId: record.id,
            caseNo: record.caseNo,
            itemId: record.itemId,
            itemName: record.itemName,
            department: record.department,
            committedWorkingDays: record.committedWorkingDays,
          }
        })

        const today = shanghaiDate(now)
        const deferred = needed
          .filter((m) => body.materials.some((given) => given.materialId === m.id && 'deferred' in given))
          .map((m) => {
            const workingDays = m.toleranceDays ?? 0
            const due = addWorkingDays(PLATFORM_CALENDAR, today, workingDays)
            return { materialId: m.id, name: m.name, workingDays, dueDate: due.known ? due.value : null }
          })
        const applicationId = `app-${String(ctx.state.applications.nextSeq++).padStart(5, '0')}`
        const response: Application = {
          applicationId,
          targetId: target.id,
          name: target.name,
          submittedAt,
          committedWorkingDays: target.committedWorkingDays,
          cases,
          deferred,
        }
        ctx.state.applications.records[applicationId] = {
          ownerId: citizen.id,
          answers,
          formData: check.values,
          verified,
          materials: body.materials,
          commitments: needed
            .filter((m) => body.materials.some((given) => given.materialId === m.id && 'commitment' in given))
            .map((m) => ({ materialId: m.id, text: commitmentText(m.name) })),
          ...(body.sensitiveConsent && form.sensitiveKinds?.length
            ? { sensitiveConsent: { kinds: form.sensitiveKinds, agreedAt: body.sensitiveConsent.agreedAt } }
            : {}),
          response,
        }

        // What the citizen typed that lasts beyond this application fills the form next time.
        const history = (ctx.state.identity.formHistory[citizen.id] ??= {})
        for (const field of formFields(form)) {
          const value = check.values[field.key]
          if (value !== undefined && field.remember && !verified.includes(field.key)) {
            history[field.key] = { value, usedAt: submittedAt }
          }
        }
        deleteDraft(ctx.state.drafts, citizen.id, target.id)
        return json(201, response)
      }),
    )

    router.get('/applications/:applicationId', (req) => {
      const citizen = requireCitizen(ctx, req)
      const record = getOwn(ctx.state.applications.records, req.params.applicationId)
      if (!record || record.ownerId !== citizen.id) throw new ApiError(404, 'NOT_FOUND', '没有找到这份申请')
      return json(200, record.response)
    })
  },
}
