import type { Form } from '@contract/api/forms'
import type { Draft } from '@contract/api/drafts'
import { prefillForm } from '@contract/rules/formAutofill'
import { consentStillNeeded, isUntouched, withoutSensitiveConsent, withSensitiveConsent } from './consent'
import {
  createDraft,
  submissionKeySpent,
  withAnswers,
  withFile,
  withNewSubmissionKey,
  withoutFile,
  withRelocked,
  withUnlocked,
  withValue,
} from './draft'
import { firstStepToFix, sortErrors } from './errors'
import {
  automaticChoices,
  choiceSummary,
  materialErrors,
  materialNeeds,
  withAutomaticLicenses,
} from './materials'
import { isNewerElsewhere, openDraft } from './reconcile'
import { reviewSections } from './review'
import { buildSubmission } from './submission'
import { ANSWERS, CHECKLIST, FORM, LICENSES, NOW, SOURCES } from './testFixtures'
import { shanghaiIso } from '@contract/rules/calendar'
import { savedAtLabel } from './time'
import { effectiveValues, fieldState, fillProgress, verifiedClaims } from './values'

const prefills = prefillForm(FORM, SOURCES)
const fresh = () => createDraft('b-test', ANSWERS, 'key-1', NOW)
const later = (minutes: number) => new Date(NOW.getTime() + minutes * 60_000)
const field = (key: string) => FORM.sections.flatMap((s) => s.fields).find((f) => f.key === key)!
const scan = (fileId: string) => ({ fileId, name: `${fileId}.jpg`, size: 2048, mime: 'image/jpeg' as const })

describe('values over prefills', () => {
  it('shows verified values locked, suggestions editable, and what was typed over them', () => {
    let draft = fresh()
    expect(fieldState(field('applicant.name'), draft, prefills)).toMatchObject({
      value: '王建国',
      locked: true,
    })
    expect(fieldState(field('otherParent.name'), draft, prefills)).toMatchObject({
      value: '刘芳',
      locked: false,
      typed: false,
    })
    draft = withValue(draft, 'otherParent.name', '刘芳芳', later(1))
    expect(fieldState(field('otherParent.name'), draft, prefills)).toMatchObject({
      value: '刘芳芳',
      typed: true,
    })
    draft = withValue(draft, 'applicant.name', '王建民', later(2))
    expect(fieldState(field('applicant.name'), draft, prefills).value).toBe('王建国')
  })

  it('“我需要修改” unlocks from the verified value, drops the verified claim; “用回” restores both', () => {
    let draft = withUnlocked(fresh(), 'applicant.name', '王建国', later(1))
    expect(fieldState(field('applicant.name'), draft, prefills)).toMatchObject({
      value: '王建国',
      locked: false,
      unlocked: true,
    })
    draft = withValue(draft, 'applicant.name', '王建民', later(2))
    expect(effectiveValues(FORM, draft, prefills)['applicant.name']).toBe('王建民')
    expect(verifiedClaims(FORM, draft, prefills)).toEqual(['applicant.idNumber'])
    draft = withRelocked(draft, 'applicant.name', later(3))
    expect(effectiveValues(FORM, draft, prefills)['applicant.name']).toBe('王建国')
    expect(verifiedClaims(FORM, draft, prefills)).toEqual(['applicant.name', 'applicant.idNumber'])
  })

  it('counts what was filled for the citizen among the shown fields', () => {
    expect(fillProgress(FORM, fresh(), prefills)).toEqual({ shown: 6, filled: 4, prefilled: 4 })
    const outside = { ...fresh(), answers: { born_in_province: 'no' } }
    expect(fillProgress(FORM, outside, prefills).shown).toBe(7)
  })

  it('takes answers given again, and leaves the draft as it was when they are the same', () => {
    const draft = fresh()
    expect(withAnswers(draft, { born_in_province: 'yes' }, later(1))).toBe(draft)
    expect(withAnswers(draft, { born_in_province: 'no' }, later(1)).answers).toEqual({
      born_in_province: 'no',
    })
  })

  it('stamps every change in China time, so the later copy wins wherever it was made', () => {
    expect(withValue(fresh(), 'newborn.name', '王小雨', later(5)).updatedAt).toBe(
      '2026-03-02T10:05:00.000+08:00',
    )
    expect(shanghaiIso(new Date('2026-03-01T23:30:00Z'))).toBe('2026-03-02T07:30:00.000+08:00')
    expect(savedAtLabel('2026-03-02T10:05:00.000+08:00', NOW)).toBe('3月2日 10:05')
    expect(savedAtLabel('2025-12-31T22:00:00+08:00', NOW)).toBe('2025年12月31日 22:00')
  })
})

describe('materials', () => {
  const needs = materialNeeds(CHECKLIST, FORM, LICENSES)

  it('leaves out what the form itself is, and ticks 电子证照 the citizen holds', () => {
    expect(needs.map((n) => n.material.id)).toEqual([
      'm-marriage-certificate',
      'm-parents-id-cards',
      'm-premises-proof',
      'm-vehicle-report',
    ])
    expect(automaticChoices(needs, fresh())).toEqual([
      { materialId: 'm-marriage-certificate', via: 'license', licenseId: 'lic-marriage' },
    ])
  })

  it('does not override a choice the citizen made, and ticks only once', () => {
    const draft = withFile(fresh(), 'm-marriage-certificate', scan('f1'), later(1))
    expect(automaticChoices(needs, draft)).toEqual([])
    expect(withAutomaticLicenses(draft, needs, later(2))).toBe(draft)
    const ticked = withAutomaticLicenses(fresh(), needs, later(2))
    expect(ticked.materials).toHaveLength(1)
    expect(withAutomaticLicenses(ticked, needs, later(3))).toBe(ticked)
  })

  it('keeps uploaded files per material, removes them one by one, and says what is still missing', () => {
    let draft = withFile(fresh(), 'm-parents-id-cards', scan('front'), later(1))
    draft = withFile(draft, 'm-parents-id-cards', scan('back'), later(2))
    expect(choiceSummary(draft.materials[0], needs[1])).toBe('已上传2个文件')
    draft = withoutFile(draft, 'm-parents-id-cards', 'front', later(3))
    draft = withoutFile(draft, 'm-parents-id-cards', 'back', later(4))
    expect(materialErrors(needs, draft)['materials.m-parents-id-cards']).toBe('请提供：父母双方居民身份证')
  })
})

describe('buildSubmission', () => {
  const needs = materialNeeds(CHECKLIST, FORM, LICENSES)
  const complete = () => {
    let draft = fresh()
    draft = withValue(draft, 'newborn.name', '王小雨', later(1))
    draft = withValue(draft, 'card.delivery', 'mail', later(1))
    for (const choice of automaticChoices(needs, draft))
      draft = { ...draft, materials: [...draft.materials, choice] }
    draft = withFile(draft, 'm-parents-id-cards', scan('front'), later(2))
    draft = withFile(draft, 'm-parents-id-cards', scan('back'), later(2))
    draft = {
      ...draft,
      materials: [...draft.materials, { materialId: 'm-premises-proof', via: 'commitment' }],
    }
    return {
      ...draft,
      materials: [...draft.materials, { materialId: 'm-vehicle-report', via: 'deferred' as const }],
    }
  }

  it('builds the request the platform takes: shown values, verified claims, one entry per file', () => {
    const result = buildSubmission(FORM, complete(), prefills, needs, NOW)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.request).toEqual({
      targetId: 'b-test',
      answers: ANSWERS,
      formData: {
        'applicant.name': '王建国',
        'applicant.idNumber': '530627197811050019',
        'applicant.phone': '13908701111',
        'otherParent.name': '刘芳',
        'newborn.name': '王小雨',
        'card.delivery': 'mail',
      },
      verified: ['applicant.name', 'applicant.idNumber'],
      materials: [
        { materialId: 'm-marriage-certificate', licenseId: 'lic-marriage' },
        { materialId: 'm-parents-id-cards', fileId: 'front' },
        { materialId: 'm-parents-id-cards', fileId: 'back' },
        { materialId: 'm-premises-proof', commitment: true },
        { materialId: 'm-vehicle-report', deferred: true },
      ],
    })
  })

  it('lists every problem at once, fields and materials, in the platform’s words', () => {
    const draft = withValue(fresh(), 'applicant.phone', '1390870', later(1))
    const result = buildSubmission(FORM, draft, prefills, needs, NOW)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      'applicant.phone': '请输入正确的11位手机号',
      'newborn.name': '请填写新生儿姓名',
      'card.delivery': '请选择社保卡领取方式',
      'materials.m-marriage-certificate': '请提供：结婚证',
      'materials.m-parents-id-cards': '请提供：父母双方居民身份证',
      'materials.m-premises-proof': '请提供：住所使用证明',
      'materials.m-vehicle-report': '请提供：车辆检测报告',
    })
  })

  it('keeps the submission key for a retry, and replaces it only after a definite refusal', () => {
    expect(submissionKeySpent({ kind: 'timeout', status: 0 })).toBe(false)
    expect(submissionKeySpent({ kind: 'network', status: 0 })).toBe(false)
    expect(submissionKeySpent({ kind: 'server', status: 503 })).toBe(false)
    expect(submissionKeySpent({ kind: 'rejected', status: 429 })).toBe(false)
    expect(submissionKeySpent({ kind: 'rejected', status: 422 })).toBe(true)
    expect(submissionKeySpent({ kind: 'rejected', status: 409 })).toBe(true)
    const draft = withNewSubmissionKey(complete(), 'key-2', later(9))
    expect(draft.idempotencyKey).toBe('key-2')
  })
})

describe('review (check your answers)', () => {
  it('lists the shown fields by section with readable values and where they came from', () => {
    const draft = withValue(
      withValue(fresh(), 'card.delivery', 'mail', later(1)),
      'otherParent.name',
      '刘芳',
      later(1),
    )
    const sections = reviewSections(FORM, draft, prefills)
    expect(sections.map((s) => s.id)).toEqual(['applicant', 'newborn'])
    expect(sections[0].rows[0]).toEqual({
      key: 'applicant.name',
      label: '申请人姓名',
      value: '王建国',
      source: '公安人口库 · 已核验',
      verified: true,
    })
    expect(sections[0].rows[2].source).toBe('登录手机号')
    expect(sections[0].rows[2].verified).toBeUndefined()
    expect(sections[0].rows[3].source).toBeUndefined()
    expect(sections[1].rows.map((r) => r.value)).toEqual(['未填写', '免费邮寄到家'])
  })

  it('masks ID and phone numbers the citizen did not type, and shows typed ones whole to be checked', () => {
    const byKey = (draft: Draft) =>
      new Map(reviewSections(FORM, draft, prefills).flatMap((s) => s.rows.map((r) => [r.key, r.value])))
    const prefilled = byKey(fresh())
    expect(prefilled.get('applicant.idNumber')).toBe('5306**********0019')
    expect(prefilled.get('applicant.phone')).toMatch(/^\d{3}\*{4}\d{4}$/)
    const typed = byKey(withValue(fresh(), 'applicant.phone', '13912345678', later(1)))
    expect(typed.get('applicant.phone')).toBe('13912345678')
    expect(typed.get('applicant.idNumber')).toBe('5306**********0019')
  })
})

describe('opening a draft', () => {
  const local = withValue(fresh(), 'newborn.name', '王小雨', later(5))
  const server = withValue(fresh(), 'newborn.name', '王小雪', later(10))

  it('offers this phone’s copy to continue, and a newer one from elsewhere instead of applying it', () => {
    expect(openDraft(null, null)).toEqual({ kind: 'fresh' })
    expect(openDraft(local, null)).toEqual({ kind: 'resume', draft: local })
    expect(openDraft(local, server)).toEqual({ kind: 'newer-elsewhere', server, local })
    expect(openDraft(null, server)).toEqual({ kind: 'newer-elsewhere', server, local: null })
    expect(openDraft(server, local)).toEqual({ kind: 'resume', draft: server })
    expect(isNewerElsewhere(local, server)).toBe(true)
    expect(isNewerElsewhere(server, server)).toBe(false)
  })
})

describe('422 from the platform', () => {
  it('puts each message where the citizen can act on it', () => {
    const sorted = sortErrors(
      {
        'applicant.name': '申请人姓名与公安人口库的记录不一致',
        'materials.m-parents-id-cards': '文件已失效，请重新上传',
        'answers.child_age': '孩子已满1周岁的，不能再通过“一件事”联办',
        targetId: '没有这个事项',
      },
      ['applicant.name'],
    )
    expect(sorted).toEqual({
      fields: { 'applicant.name': '申请人姓名与公安人口库的记录不一致' },
      materials: { 'm-parents-id-cards': '文件已失效，请重新上传' },
      answers: { child_age: '孩子已满1周岁的，不能再通过“一件事”联办', targetId: '没有这个事项' },
    })
    expect(firstStepToFix(sorted)).toBe('answers')
    expect(firstStepToFix({ fields: {}, materials: { m: 'x' }, answers: {} })).toBe('materials')
    expect(firstStepToFix({ fields: {}, materials: {}, answers: {} })).toBeNull()
  })
})

describe('separate consent to sensitive personal information', () => {
  const SENSITIVE: Form = { ...FORM, sensitiveKinds: ['minor', 'idPhoto'] }

  it('is needed for every kind the form lists until the citizen agrees, and kept in the draft', () => {
    expect(consentStillNeeded(FORM, fresh())).toEqual([])
    expect(consentStillNeeded(SENSITIVE, fresh())).toEqual(['minor', 'idPhoto'])
    const agreed = withSensitiveConsent(fresh(), ['idPhoto', 'minor'], later(1))
    expect(agreed.sensitiveConsent).toEqual({ kinds: ['minor', 'idPhoto'], agreedAt: shanghaiIso(later(1)) })
    expect(agreed.updatedAt).toBe(shanghaiIso(later(1)))
    expect(consentStillNeeded(SENSITIVE, agreed)).toEqual([])
    expect(consentStillNeeded({ ...SENSITIVE, sensitiveKinds: ['minor', 'health'] }, agreed)).toEqual([
      'health',
    ])
    const more = withSensitiveConsent(agreed, ['health'], later(2))
    expect(more.sensitiveConsent?.kinds).toEqual(['minor', 'idPhoto', 'health'])
  })

  it('is dropped whole when the platform asks again; an untouched draft holds nothing the citizen gave', () => {
    const agreed = withSensitiveConsent(fresh(), ['minor'], later(1))
    const dropped = withoutSensitiveConsent(agreed, later(2))
    expect(dropped.sensitiveConsent).toBeUndefined()
    expect('sensitiveConsent' in dropped).toBe(false)
    expect(withoutSensitiveConsent(fresh(), later(2))).toEqual(fresh())
    expect(isUntouched(fresh())).toBe(true)
    expect(isUntouched(agreed)).toBe(false)
    expect(isUntouched(withValue(fresh(), 'newborn.name', '王小雨', later(1)))).toBe(false)
  })

  it('travels with the submission, and without it nothing is built', () => {
    const needs = materialNeeds(CHECKLIST, SENSITIVE, LICENSES)
    let draft = withValue(fresh(), 'newborn.name', '王小雨', later(1))
    draft = withValue(draft, 'card.delivery', 'mail', later(1))
    for (const choice of automaticChoices(needs, draft))
      draft = { ...draft, materials: [...draft.materials, choice] }
    draft = withFile(draft, 'm-parents-id-cards', scan('front'), later(2))
    draft = {
      ...draft,
      materials: [...draft.materials, { materialId: 'm-premises-proof', via: 'commitment' }],
    }
    draft = { ...draft, materials: [...draft.materials, { materialId: 'm-vehicle-report', via: 'deferred' }] }

    const without = buildSubmission(SENSITIVE, draft, prefills, needs, NOW)
    expect(without).toEqual({ ok: false, errors: { sensitiveConsent: expect.stringMatching(/单独同意/) } })
    const agreed = withSensitiveConsent(draft, ['minor', 'idPhoto'], later(3))
    const built = buildSubmission(SENSITIVE, agreed, prefills, needs, NOW)
    expect(built.ok && built.request.sensitiveConsent).toEqual(agreed.sensitiveConsent)
  })

  it('sends the citizen back to the consent first when the platform refuses for it', () => {
    const sorted = sortErrors({ sensitiveConsent: '还需要您单独同意使用：…', 'newborn.name': '请填写' }, [
      'newborn.name',
    ])
    expect(sorted.consent).toBe('还需要您单独同意使用：…')
    expect(firstStepToFix(sorted)).toBe('consent')
  })
})
