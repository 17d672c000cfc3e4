import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import { ApplicationSchema } from '../../types/api/applications'
import type { SituationAnswers } from '../../types/api/catalog'
import type { Form } from '../../types/api/forms'
import type { License } from '../../types/api/identity'
import { upload } from '../testing/cases'
import { type Api, simLogin, startTestSimulator } from '../testing/client'

const NOW = '2026-03-02T10:00:00+08:00'
const WANG = '13908701111'
const ZHANG = '13887001234'
/** Registered by SMS, never real-name verified. */
const CHEN = '18987056789'

const NEWBORN_ANSWERS: SituationAnswers = {
  child_age: 'under1',
  born_in_province: 'yes',
  parents_married: 'yes',
  settle_with: 'father',
  social_card: 'yes',
}

/** The separate consent to every sensitive kind of a form, as the app sends it once the citizen agreed. */
async function consentTo(api: Api, targetId: string) {
  const form = (await api.get(`/forms/${targetId}`)).body as Form
  return { kinds: form.sensitiveKinds ?? [], agreedAt: '2026-03-02T09:58:00+08:00' }
}

/** The fields locked from 公安人口库 in the newborn form, as the app claims them. */
const LOCKED = ['applicant.name', 'applicant.idNumber', 'applicant.parentRole', 'applicant.householdAddress']

const NEWBORN_FORM = {
  'applicant.name': '王建国',
  'applicant.idNumber': '530627197811050019',
  'applicant.parentRole': 'male',
  'applicant.phone': '13908701111',
  'applicant.ethnicity': '汉族',
  'applicant.householdAddress': '云南省昭通市镇雄县乌峰街道南台路36号',
  'applicant.residenceAddress': '云南省昭通市镇雄县乌峰街道环城北路128号2栋301',
  'otherParent.name': '刘芳',
  'otherParent.idNumber': '530627198203150029',
  'otherParent.ethnicity': '汉族',
  'newborn.name': '王小雨',
  'newborn.ethnicity': '汉族',
  'settle.address': '云南省昭通市镇雄县乌峰街道南台路36号',
  'settle.relationToHead': 'daughter',
  'card.delivery': 'window',
  'card.bank': 'ynrcc',
}

async function licenseOf(api: Api, token: string, type: string): Promise<string> {
  const res = await api.get('/me/autofill', { token })
  const license = (res.body.licenses as License[]).find((l) => l.type === type)
  assert.ok(license, `no ${type} license`)
  return license.id
}

/** A complete 新生儿出生一件事 for 王建国: 电子证照 for what he holds, an upload for both parents' ID cards. */
async function newbornApplication(api: Api, token: string) {
  const scan = await upload(api, token)
  assert.equal(scan.status, 201)
  return {
    targetId: 'b-newborn',
    answers: NEWBORN_ANSWERS,
    formData: { ...NEWBORN_FORM } as Record<string, string>,
    verified: [...LOCKED],
    materials: [
      { materialId: 'm-parents-id-cards', fileId: scan.body.fileId as string },
      {
        materialId: 'm-marriage-certificate',
        licenseId: await licenseOf(api, token, 'marriage_certificate'),
      },
      { materialId: 'm-id-card', licenseId: await licenseOf(api, token, 'id_card') },
      { materialId: 'm-household-register', licenseId: await licenseOf(api, token, 'household_register') },
    ] as Array<Record<string, unknown>>,
    sensitiveConsent: await consentTo(api, 'b-newborn'),
  }
}

const submit = (api: Api, token: string, body: unknown, key?: string, timeoutMs?: number) =>
  api.post('/applications', body, { token, headers: key ? { 'idempotency-key': key } : {}, timeoutMs })

async function myCaseNumbers(api: Api, token: string, itemIds: string[]): Promise<string[]> {
  const res = await api.get('/cases?limit=50&status=submitted', { token })
  return (res.body.items as Array<{ caseNo: string; itemId: string }>)
    .filter((c) => itemIds.includes(c.itemId))
    .map((c) => c.caseNo)
    .sort()
}

describe('POST /applications — one submission, one case per item', () => {
  it('files a case for every item that applies and shows them in 我的办件', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const res = await submit(api, token, await newbornApplication(api, token), 'newborn-1')
    assert.equal(res.status, 201, JSON.stringify(res.body))
    assert.ok(v.is(ApplicationSchema, res.body), JSON.stringify(res.body))
    assert.deepEqual(
      res.body.cases.map((c: { itemId: string }) => c.itemId),
      [
        'i-birth-certificate',
        'i-birth-service-registration',
        'i-vaccination-certificate',
        'i-birth-registration',
        'i-resident-medical-insurance',
        'i-social-card-apply',
      ],
    )
    for (const c of res.body.cases) assert.match(c.caseNo, /^ZT20260302\d{6}$/)
    const listed = await myCaseNumbers(
      api,
      token,
      res.body.cases.map((c: { itemId: string }) => c.itemId),
    )
    assert.deepEqual(listed, res.body.cases.map((c: { caseNo: string }) => c.caseNo).sort())
    const detail = await api.get(`/cases/${res.body.cases[3].caseId}`, { token })
    assert.equal(detail.body.status, 'submitted')
    assert.equal(detail.body.hall?.hallId, 'hall-zhenxiong', 'filed with the hall of his county')
  })

  it('leaves out the items the answers do not need (no 社保卡, born outside the province)', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = await newbornApplication(api, token)
    body.answers = { ...NEWBORN_ANSWERS, born_in_province: 'no', social_card: 'no' }
    const certificate = await upload(api, token)
    body.materials.push({ materialId: 'm-birth-medical-certificate', fileId: certificate.body.fileId })
    Object.assign(body.formData, {
      'newborn.sex': 'female',
      'newborn.birthDate': '2026-02-20',
      'newborn.birthPlace': '贵州省毕节市第一人民医院',
      'newborn.certificateNo': 'Q520123456',
    })
    const res = await submit(api, token, body)
    assert.equal(res.status, 201, JSON.stringify(res.body))
    assert.deepEqual(
      res.body.cases.map((c: { itemId: string }) => c.itemId),
      [
        'i-birth-service-registration',
        'i-vaccination-certificate',
        'i-birth-registration',
        'i-resident-medical-insurance',
      ],
    )
  })

  it('remembers what lasts for next time, never the baby, and drops the draft', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = await newbornApplication(api, token)
    body.formData['otherParent.phone'] = '13987019999'
    const draft = {
      targetId: 'b-newborn',
      answers: NEWBORN_ANSWERS,
      formData: {},
      unlocked: [],
      materials: [],
      idempotencyKey: 'draft-key-0001',
      updatedAt: '2026-03-02T09:59:00+08:00',
    }
    assert.equal((await api.request('PUT', '/drafts/b-newborn', { token, body: draft })).status, 200)
    assert.equal((await submit(api, token, body)).status, 201)
    const { history } = (await api.get('/me/autofill', { token })).body
    assert.equal(history['otherParent.phone'].value, '13987019999')
    assert.equal(history['card.delivery'].value, 'window')
    assert.equal(history['newborn.name'], undefined)
    assert.equal((await api.get('/drafts/b-newborn', { token })).status, 404)
  })
})

describe('POST /applications — what it refuses', () => {
  it('answers 400 for a body that is not the contract shape', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const good = await newbornApplication(api, token)
    for (const bad of [
      [good],
      { ...good, formData: { 'newborn.name': 5 } },
      { ...good, answers: 'yes' },
      { ...good, materials: [{ materialId: 'm-id-card', fileId: 'x', licenseId: 'y' }] },
      { ...good, materials: [{ materialId: 'm-id-card', commitment: 'yes' }] },
    ]) {
      const res = await submit(api, token, bad)
      assert.equal(res.status, 400, JSON.stringify(bad).slice(0, 120))
      assert.equal(res.body.code, 'BAD_REQUEST')
    }
    const notJson = await api.request('POST', '/applications', { token, rawBody: '{"targetId":' })
    assert.equal(notJson.status, 400)
  })

  it('needs a signed-in, real-name verified citizen', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    assert.equal((await api.post('/applications', { targetId: 'b-newborn' })).status, 401)
    const res = await submit(api, await simLogin(api, CHEN), {
      targetId: 'b-newborn',
      answers: {},
      formData: {},
      materials: [],
    })
    assert.equal(res.status, 403)
    assert.match(res.body.message, /实名认证/)
  })

  it('refuses unknown or offline targets and unanswered or refused situations, per question', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const base = await newbornApplication(api, token)
    const unknown = await submit(api, token, { ...base, targetId: 'b-nope' })
    assert.deepEqual(unknown.body.details.fields, { targetId: '没有这个事项，请返回重新选择' })
    const offline = await submit(api, token, {
      ...base,
      targetId: 'i-birth-certificate',
      answers: { born_in_hospital: 'yes' },
    })
    assert.match(offline.body.details.fields.targetId, /暂不能网上申请/)
    const unanswered = await submit(api, token, { ...base, answers: { child_age: 'under1' } })
    assert.equal(unanswered.status, 422)
    assert.match(unanswered.body.details.fields['answers.born_in_province'], /请回答/)
    const refused = await submit(api, token, { ...base, answers: { ...NEWBORN_ANSWERS, child_age: 'over1' } })
    assert.match(refused.body.details.fields['answers.child_age'], /已满1周岁/)
  })

  it('answers 422 with a plain-Chinese message on each field, the same rules as the app', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = await newbornApplication(api, token)
    Object.assign(body.formData, {
      'otherParent.idNumber': '530627198203150028',
      'applicant.phone': '1390870111',
      'newborn.name': '',
      'card.delivery': 'mail',
    })
    const res = await submit(api, token, body)
    assert.equal(res.status, 422)
    assert.equal(res.body.code, 'VALIDATION_FAILED')
    assert.deepEqual(res.body.details.fields, {
      'otherParent.idNumber': '校验位不正确，请核对',
      'applicant.phone': '请输入正确的11位手机号',
      'newborn.name': '请填写新生儿姓名',
      'card.mailingAddress': '请填写社保卡邮寄地址',
    })
  })

  it('re-checks verified values: a tampered one is refused, the same value unlocked by the citizen is accepted', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = await newbornApplication(api, token)
    body.formData['applicant.householdAddress'] = '云南省昭通市昭阳区凤凰街道海楼路88号'
    const tampered = await submit(api, token, body)
    assert.equal(tampered.status, 422)
    assert.deepEqual(tampered.body.details.fields, {
      'applicant.householdAddress': '户籍地址与公安人口库的记录不一致；如确需修改，请点“我需要修改”后填写',
    })
    const claimsPhone = await submit(api, token, { ...body, verified: [...LOCKED, 'applicant.phone'] })
    assert.ok(
      claimsPhone.body.details.fields['applicant.phone'],
      'the contact phone is not the platform’s to vouch for',
    )

    body.verified = LOCKED.filter((key) => key !== 'applicant.householdAddress')
    const unlocked = await submit(api, token, body)
    assert.equal(unlocked.status, 201, JSON.stringify(unlocked.body))
  })

  it('checks every material: missing, someone else’s file, a license of another type, 承诺 or 容缺 not allowed', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = await newbornApplication(api, token)
    const othersFile = (await upload(api, await simLogin(api, ZHANG))).body.fileId
    body.materials = [
      { materialId: 'm-parents-id-cards', fileId: othersFile },
      { materialId: 'm-marriage-certificate', licenseId: await licenseOf(api, token, 'driving_license') },
      { materialId: 'm-id-card', commitment: true },
      { materialId: 'm-household-register', deferred: true },
      { materialId: 'm-paternity-test', fileId: othersFile },
    ]
    const res = await submit(api, token, body)
    assert.equal(res.status, 422)
    assert.deepEqual(res.body.details.fields, {
      'materials.m-parents-id-cards': '“父母双方居民身份证”的文件已失效，请重新上传',
      'materials.m-marriage-certificate': '这份电子证照不能作为“结婚证”，请重新选择或上传',
      'materials.m-id-card': '“居民身份证”不能用告知承诺代替，请上传',
      'materials.m-household-register': '“居民户口簿”不能容缺后补，请现在上传',
      'materials.m-paternity-test': '根据您的情况不需要这项材料，请删去后再提交',
    })
    body.materials = []
    const none = await submit(api, token, body)
    assert.equal(none.body.details.fields['materials.m-parents-id-cards'], '请提供：父母双方居民身份证')
    assert.equal(
      none.body.details.fields['materials.m-application-form'],
      undefined,
      'the form is the 申请表',
    )
  })

  it('takes 告知承诺 and 容缺 where the guide allows them, with the 容缺 deadline in working days', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const file = async () => (await upload(api, token)).body.fileId as string
    const body = {
      targetId: 'b-freight-company',
      answers: { vehicle_weight: 'heavy', has_vehicles: 'yes', drivers_certified: 'yes' },
      formData: {
        'company.name': '镇雄县建国物流有限公司',
        'company.address': '云南省昭通市镇雄县乌峰街道南台路36号附1号',
        'company.businessScope': '道路普通货物运输；货物装卸搬运',
        'company.registeredCapital': '100',
        'legalRep.name': '王建国',
        'legalRep.idNumber': '530627197811050019',
        'legalRep.phone': '13908701111',
        'contact.name': '刘芳',
        'contact.phone': '13987012222',
        'transport.scope': 'general',
        'transport.vehicleCount': '3',
        'transport.safetyManager': '王建军',
        'transport.safetyManagerPhone': '13887015555',
        'transport.parkingAddress': '云南省昭通市镇雄县乌峰街道物流园区B区12号',
        'vehicle.plateNumber': '云C58K32',
        'vehicle.vin': 'LZZ5BLSJ8JA123456',
        'vehicle.type': 'heavy_van',
        'vehicle.totalMass': '18',
      },
      verified: ['legalRep.name', 'legalRep.idNumber'],
      materials: [
        { materialId: 'm-shareholder-ids', fileId: await file() },
        { materialId: 'm-premises-proof', commitment: true },
        { materialId: 'm-articles-of-association', fileId: await file() },
        { materialId: 'm-id-card', licenseId: await licenseOf(api, token, 'id_card') },
        { materialId: 'm-vehicle-licence', fileId: await file() },
        { materialId: 'm-vehicle-technical-report', deferred: true },
        { materialId: 'm-freight-driver-certificate', fileId: await file() },
        { materialId: 'm-transport-safety-rules', commitment: true },
      ],
      sensitiveConsent: await consentTo(api, 'b-freight-company'),
    }
    const res = await submit(api, token, body, 'freight-1')
    assert.equal(res.status, 201, JSON.stringify(res.body))
    assert.equal(res.body.cases.length, 3)
    // 2026-03-02 is a Monday: 10 working days later is Monday 2026-03-16.
    assert.deepEqual(res.body.deferred, [
      {
        materialId: 'm-vehicle-technical-report',
        name: '车辆技术等级评定及综合性能检测报告',
        workingDays: 10,
        dueDate: '2026-03-16',
      },
    ])
    const credit = await submit(api, token, {
      ...body,
      formData: { ...body.formData, 'company.registeredCapital': '0' },
    })
    assert.equal(credit.body.details.fields['company.registeredCapital'], '注册资本不能少于0.01万元')
  })

  it('only warns about a credit code whose check character fails: it is filed', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = {
      targetId: 'i-seal-engraving',
      answers: {},
      formData: {
        'company.name': '镇雄县建国货运部',
        'company.creditCode': '92530627MA6K7Q3T2H',
        'legalRep.name': '王建国',
        'legalRep.idNumber': '530627197811050019',
        'legalRep.phone': '13908701111',
        'delivery.method': 'window',
      },
      materials: [
        { materialId: 'm-business-license', licenseId: await licenseOf(api, token, 'business_license') },
        { materialId: 'm-id-card', licenseId: await licenseOf(api, token, 'id_card') },
        { materialId: 'm-seal-filing', fileId: (await upload(api, token)).body.fileId },
      ],
      sensitiveConsent: await consentTo(api, 'i-seal-engraving'),
    }
    const res = await submit(api, token, body)
    assert.equal(res.status, 201, JSON.stringify(res.body))
  })
})

describe('POST /applications — separate consent to sensitive personal information (PIPL 第29、31条)', () => {
  const NEWBORN_KINDS = ['minor', 'idPhoto', 'health']

  it('refuses an application without the consent, in plain Chinese, reads nothing else and files nothing', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const { sensitiveConsent: _consent, ...body } = await newbornApplication(api, token)
    body.formData['newborn.name'] = '' // a form problem too: not reported before the consent
    const res = await submit(api, token, body, 'no-consent')
    assert.equal(res.status, 422)
    assert.equal(res.body.code, 'VALIDATION_FAILED')
    assert.deepEqual(Object.keys(res.body.details.fields), ['sensitiveConsent'])
    assert.equal(
      res.body.details.fields.sensitiveConsent,
      '这项申请会用到您的敏感个人信息：不满十四周岁孩子的个人信息（如姓名、出生和户口信息）；身份证件的照片（如身份证正反面、证件照，含电子证照）；医疗健康信息（如出生医学证明、预防接种、病历、诊断和医疗费用票据）。需要您先单独同意才能提交；不同意的，可以预约到大厅办理。',
    )
    assert.deepEqual(await myCaseNumbers(api, token, ['i-birth-registration', 'i-social-card-apply']), [])
  })

  it('refuses a consent that does not cover every kind of the form, naming only what is missing', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = await newbornApplication(api, token)
    body.sensitiveConsent = { kinds: ['idPhoto', 'bankAccount'], agreedAt: '2026-03-02T09:58:00+08:00' }
    const res = await submit(api, token, body)
    assert.equal(res.status, 422)
    const message: string = res.body.details.fields.sensitiveConsent
    assert.match(message, /^还需要您单独同意使用：不满十四周岁孩子的个人信息/)
    assert.match(message, /医疗健康信息/)
    assert.doesNotMatch(message, /身份证件的照片/)
    assert.deepEqual(await myCaseNumbers(api, token, ['i-birth-registration']), [])

    const unknownKind = await submit(api, token, {
      ...body,
      sensitiveConsent: { kinds: [...NEWBORN_KINDS, 'face'], agreedAt: '2026-03-02T09:58:00+08:00' },
    })
    assert.equal(unknownKind.status, 400, 'a kind the contract does not have is a caller’s bug')
  })

  it('files with consent to every kind, and the draft keeps the consent so resuming does not ask again', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = await newbornApplication(api, token)
    assert.deepEqual(body.sensitiveConsent.kinds, NEWBORN_KINDS)
    const draft = {
      targetId: 'b-newborn',
      answers: NEWBORN_ANSWERS,
      formData: {},
      unlocked: [],
      materials: [],
      idempotencyKey: 'draft-key-0002',
      sensitiveConsent: body.sensitiveConsent,
      updatedAt: '2026-03-02T09:59:00+08:00',
    }
    assert.equal((await api.request('PUT', '/drafts/b-newborn', { token, body: draft })).status, 200)
    const kept = await api.get('/drafts/b-newborn', { token })
    assert.deepEqual(kept.body.sensitiveConsent, body.sensitiveConsent)

    const res = await submit(api, token, body, 'with-consent')
    assert.equal(res.status, 201, JSON.stringify(res.body))
    assert.equal(res.body.cases.length, 6)
  })
})

describe('POST /applications — submitted once', () => {
  it('a double tap with the same key files one set of cases; another body under that key is a conflict', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = await newbornApplication(api, token)
    const [a, b] = await Promise.all([
      submit(api, token, body, 'tap-tap'),
      submit(api, token, body, 'tap-tap'),
    ])
    assert.deepEqual([a.status, b.status], [201, 201])
    assert.equal(a.body.applicationId, b.body.applicationId)
    assert.deepEqual(a.body.cases, b.body.cases)
    const itemIds = a.body.cases.map((c: { itemId: string }) => c.itemId)
    assert.equal((await myCaseNumbers(api, token, itemIds)).length, 6)
    const changed = await submit(
      api,
      token,
      { ...body, formData: { ...body.formData, 'newborn.name': '王小雪' } },
      'tap-tap',
    )
    assert.equal(changed.status, 409)
    assert.equal(changed.body.code, 'IDEMPOTENCY_CONFLICT')
  })

  it('a retry after a timeout (the platform did file it) replays the first answer: one set of cases', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = await newbornApplication(api, token)
    // The first attempt is filed, then its answer is held back past the client's patience; the second
    // attempt's connection is dropped after it is filed too. The third gets through.
    await api.post('/__sim/faults', {
      route: '/applications',
      method: 'POST',
      delayMs: 1500,
      after: true,
      times: 1,
    })
    await assert.rejects(submit(api, token, body, 'slow-network', 500), /timeout|aborted/i)
    await api.post('/__sim/faults', {
      route: '/applications',
      method: 'POST',
      drop: true,
      after: true,
      times: 1,
    })
    await assert.rejects(submit(api, token, body, 'slow-network'), /fetch failed|socket|other side closed/i)
    const third = await submit(api, token, body, 'slow-network')
    assert.equal(third.status, 201)
    assert.equal(third.headers.get('idempotent-replayed'), 'true')
    const itemIds = third.body.cases.map((c: { itemId: string }) => c.itemId)
    assert.deepEqual(
      await myCaseNumbers(api, token, itemIds),
      third.body.cases.map((c: { caseNo: string }) => c.caseNo).sort(),
    )
    const again = await api.get(`/applications/${third.body.applicationId}`, { token })
    assert.deepEqual(again.body, third.body)
  })

  it('a 503 is not remembered: the retry with the same key really files', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const body = await newbornApplication(api, token)
    await api.post('/__sim/faults', { route: '/applications', status: 503, times: 1 })
    assert.equal((await submit(api, token, body, 'busy')).status, 503)
    const retry = await submit(api, token, body, 'busy')
    assert.equal(retry.status, 201)
    assert.equal(retry.headers.get('idempotent-replayed'), null)
  })

  it('shows an application only to its owner', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const filed = await submit(api, token, await newbornApplication(api, token))
    const other = await api.get(`/applications/${filed.body.applicationId}`, {
      token: await simLogin(api, ZHANG),
    })
    assert.equal(other.status, 404)
  })
})
