import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import {
  AuthTokensSchema,
  AutofillSourcesSchema,
  MeSchema,
  SmsSendResponseSchema,
} from '../../types/api/identity'
import { type Api, simLogin, startTestSimulator } from '../testing/client'

const ZHANG = { phone: '13887001234', name: '张明华', idNumber: '530602198503120019' }
const UNVERIFIED_PHONE = '18987056789'

async function sendCode(api: Api, phone: string): Promise<string> {
  const res = await api.post('/auth/sms/send', { phone })
  assert.equal(res.status, 200, JSON.stringify(res.body))
  assert.ok(v.is(SmsSendResponseSchema, res.body))
  assert.equal(res.body.cooldownSeconds, 60)
  const { devCode } = res.body
  assert.ok(devCode !== undefined && /^\d{6}$/.test(devCode), `devCode ${devCode}`)
  return devCode
}

function wrongCode(code: string): string {
  return code === '000000' ? '111111' : '000000'
}

describe('WeChat login', () => {
  it('creates a citizen on first login and finds them again by the code prefix', async (t) => {
    const { api } = await startTestSimulator(t)
    const first = await api.post('/auth/wechat', { code: 'newbie-0a1b2c' })
    assert.equal(first.status, 200)
    assert.ok(v.is(AuthTokensSchema, first.body), JSON.stringify(first.body))
    assert.equal(first.body.expiresIn, 7200)
    assert.deepEqual(first.body.user, {
      id: 'u-0005',
      name: '',
      phoneMasked: '',
      realNameVerified: false,
      idNumberMasked: null,
    })

    const again = await api.post('/auth/wechat', { code: 'newbie-9z8y7x' })
    assert.equal(again.body.user.id, 'u-0005')
    assert.notEqual(again.body.accessToken, first.body.accessToken)
  })

  it('logs a seeded citizen in', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.post('/auth/wechat', { code: 'zhangmh-1' })
    assert.equal(res.body.user.id, 'u-0001')
    assert.equal(res.body.user.realNameVerified, true)
  })

  it('rejects an empty code with 422 and a non-string with 400', async (t) => {
    const { api } = await startTestSimulator(t)
    const empty = await api.post('/auth/wechat', { code: '  ' })
    assert.equal(empty.status, 422)
    assert.ok(empty.body.details.fields.code)
    assert.equal((await api.post('/auth/wechat', { code: 42 })).status, 400)
  })
})

describe('SMS login', () => {
  it('sends a code and logs in with it, once', async (t) => {
    const { api } = await startTestSimulator(t)
    const code = await sendCode(api, ZHANG.phone)
    const login = await api.post('/auth/sms/login', { phone: ZHANG.phone, code })
    assert.equal(login.status, 200)
    assert.ok(v.is(AuthTokensSchema, login.body))
    assert.equal(login.body.user.id, 'u-0001')
    const reused = await api.post('/auth/sms/login', { phone: ZHANG.phone, code })
    assert.equal(reused.status, 422)
    assert.equal(reused.body.code, 'SMS_CODE_INVALID')
  })

  it('answers 422 with a field message for a bad phone number', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.post('/auth/sms/send', { phone: '12345' })
    assert.equal(res.status, 422)
    assert.deepEqual(res.body, {
      code: 'VALIDATION_FAILED',
      message: '填写的信息有误，请按提示修改',
      details: { fields: { phone: '请输入正确的11位手机号' } },
    })
  })

  it('allows one code per 60 seconds per phone', async (t) => {
    const { api } = await startTestSimulator(t)
    await sendCode(api, ZHANG.phone)
    const tooSoon = await api.post('/auth/sms/send', { phone: ZHANG.phone })
    assert.equal(tooSoon.status, 429)
    assert.equal(tooSoon.body.code, 'RATE_LIMITED')
    assert.ok(tooSoon.body.details.retryAfterSeconds > 0 && tooSoon.body.details.retryAfterSeconds <= 60)
    assert.equal(tooSoon.headers.get('retry-after'), String(tooSoon.body.details.retryAfterSeconds))
    await sendCode(api, '13600000001')
    await api.post('/__sim/clock', { advanceSeconds: 61 })
    await sendCode(api, ZHANG.phone)
  })

  it('expires codes after 5 minutes', async (t) => {
    const { api } = await startTestSimulator(t)
    const code = await sendCode(api, ZHANG.phone)
    await api.post('/__sim/clock', { advanceSeconds: 301 })
    const res = await api.post('/auth/sms/login', { phone: ZHANG.phone, code })
    assert.equal(res.status, 422)
    assert.equal(res.body.code, 'SMS_CODE_INVALID')
    assert.ok(res.body.details.fields.code)
  })

  it('answers 422 验证码不正确 for a wrong code and locks the phone for 15 minutes after 5', async (t) => {
    const { api } = await startTestSimulator(t)
    const code = await sendCode(api, ZHANG.phone)
    for (let attempt = 1; attempt <= 4; attempt++) {
      const res = await api.post('/auth/sms/login', { phone: ZHANG.phone, code: wrongCode(code) })
      assert.equal(res.status, 422)
      assert.equal(res.body.code, 'SMS_CODE_INVALID')
      assert.equal(res.body.details.fields.code, '验证码不正确')
      assert.equal(res.body.details.attemptsLeft, 5 - attempt)
    }
    const fifth = await api.post('/auth/sms/login', { phone: ZHANG.phone, code: wrongCode(code) })
    assert.equal(fifth.status, 429)
    assert.equal(fifth.body.code, 'SMS_LOCKED')
    assert.equal(fifth.body.details.retryAfterSeconds, 900)

    // Locked: even the right code, and sending a new one, are refused.
    assert.equal((await api.post('/auth/sms/login', { phone: ZHANG.phone, code })).body.code, 'SMS_LOCKED')
    assert.equal((await api.post('/auth/sms/send', { phone: ZHANG.phone })).body.code, 'SMS_LOCKED')

    await api.post('/__sim/clock', { advanceSeconds: 14 * 60 })
    assert.equal((await api.post('/auth/sms/send', { phone: ZHANG.phone })).status, 429)
    await api.post('/__sim/clock', { advanceSeconds: 61 })
    const fresh = await sendCode(api, ZHANG.phone)
    assert.equal((await api.post('/auth/sms/login', { phone: ZHANG.phone, code: fresh })).status, 200)
  })

  it('creates an account for a new phone number', async (t) => {
    const { api } = await startTestSimulator(t)
    const code = await sendCode(api, '13600000001')
    const res = await api.post('/auth/sms/login', { phone: '13600000001', code })
    assert.deepEqual(res.body.user, {
      id: 'u-0005',
      name: '',
      phoneMasked: '136****0001',
      realNameVerified: false,
      idNumberMasked: null,
    })
  })
})

describe('tokens', () => {
  it('rotates refresh tokens: the new pair works, the old refresh token is rejected', async (t) => {
    const { api } = await startTestSimulator(t)
    const login = (await api.post('/__sim/login', { phone: ZHANG.phone })).body
    const refreshed = await api.post('/auth/refresh', { refreshToken: login.refreshToken })
    assert.equal(refreshed.status, 200)
    assert.ok(v.is(AuthTokensSchema, refreshed.body))
    assert.notEqual(refreshed.body.refreshToken, login.refreshToken)
    assert.equal((await api.get('/me', { token: refreshed.body.accessToken })).status, 200)

    const replayed = await api.post('/auth/refresh', { refreshToken: login.refreshToken })
    assert.equal(replayed.status, 401)
    assert.equal(replayed.body.code, 'UNAUTHENTICATED')
    assert.equal((await api.post('/auth/refresh', { refreshToken: '__proto__' })).status, 401)
  })

  it('expires access tokens after 7200 s on the simulator clock; refresh still works', async (t) => {
    const { api } = await startTestSimulator(t)
    const login = (await api.post('/__sim/login', { phone: ZHANG.phone })).body
    await api.post('/__sim/clock', { advanceSeconds: 7190 })
    assert.equal((await api.get('/me', { token: login.accessToken })).status, 200)
    await api.post('/__sim/clock', { advanceSeconds: 11 })
    const expired = await api.get('/me', { token: login.accessToken })
    assert.equal(expired.status, 401)
    assert.equal(expired.body.code, 'UNAUTHENTICATED')
    const refreshed = await api.post('/auth/refresh', { refreshToken: login.refreshToken })
    assert.equal(refreshed.status, 200)
    assert.equal((await api.get('/me', { token: refreshed.body.accessToken })).status, 200)
  })

  it('answers 401 for a missing, malformed or unknown bearer token', async (t) => {
    const { api } = await startTestSimulator(t)
    assert.equal((await api.get('/me')).status, 401)
    assert.equal((await api.get('/me', { headers: { authorization: 'Basic abc' } })).status, 401)
    assert.equal((await api.get('/me', { token: 'constructor' })).status, 401)
  })

  it('logout revokes the refresh token and its access token', async (t) => {
    const { api } = await startTestSimulator(t)
    const login = (await api.post('/__sim/login', { phone: ZHANG.phone })).body
    const other = (await api.post('/__sim/login', { phone: ZHANG.phone })).body
    const res = await api.post('/auth/logout', { refreshToken: login.refreshToken })
    assert.equal(res.status, 204)
    assert.equal((await api.post('/auth/refresh', { refreshToken: login.refreshToken })).status, 401)
    assert.equal((await api.get('/me', { token: login.accessToken })).status, 401)
    // Another device's session is untouched.
    assert.equal((await api.get('/me', { token: other.accessToken })).status, 200)
    assert.equal((await api.post('/auth/logout', { refreshToken: 'unknown' })).status, 204)
  })
})

describe('/me and real-name verification', () => {
  it('returns the citizen with name, phone and ID number masked', async (t) => {
    const { api } = await startTestSimulator(t)
    const token = await simLogin(api, ZHANG.phone)
    const me = await api.get('/me', { token })
    assert.ok(v.is(MeSchema, me.body))
    assert.deepEqual(me.body, {
      id: 'u-0001',
      name: '张**',
      phoneMasked: '138****1234',
      realNameVerified: true,
      idNumberMasked: '5306**********0019',
    })
    assert.doesNotMatch(JSON.stringify(me.body), /张明华|13887001234|530602198503120019/)
  })

  it('verifies a well-formed identity and returns the masked citizen', async (t) => {
    const { api } = await startTestSimulator(t)
    const token = await simLogin(api, UNVERIFIED_PHONE)
    assert.equal((await api.get('/me', { token })).body.realNameVerified, false)
    const res = await api.post('/me/realname', { name: '陈小红', idNumber: '53060220040918004x' }, { token })
    assert.equal(res.status, 200)
    assert.deepEqual(res.body, {
      id: 'u-0004',
      name: '陈**',
      phoneMasked: '189****6789',
      realNameVerified: true,
      idNumberMasked: '5306**********004X',
    })
    assert.equal((await api.get('/me', { token })).body.realNameVerified, true)
  })

  it('accepts a checksum-valid number the register does not know', async (t) => {
    const { api } = await startTestSimulator(t)
    const token = await simLogin(api, '13600000001')
    const res = await api.post(
      '/me/realname',
      { name: '阿依古丽·买买提', idNumber: '11010519491231002X' },
      { token },
    )
    assert.equal(res.status, 200)
    assert.equal(res.body.name, '阿*******')
  })

  it('answers 422 with field messages for a bad checksum, a bad date and a bad name', async (t) => {
    const { api } = await startTestSimulator(t)
    const token = await simLogin(api, '13600000001')
    const checksum = await api.post(
      '/me/realname',
      { name: '陈小红', idNumber: '530602200409180041' },
      { token },
    )
    assert.equal(checksum.status, 422)
    assert.equal(checksum.body.code, 'VALIDATION_FAILED')
    assert.deepEqual(checksum.body.details.fields, { idNumber: '校验位不正确，请核对' })

    const short = await api.post('/me/realname', { name: 'Tom', idNumber: '5306' }, { token })
    assert.deepEqual(short.body.details.fields, {
      name: '请输入与身份证一致的中文姓名（2至20个汉字）',
      idNumber: '身份证号应为18位',
    })
    assert.equal((await api.get('/me', { token })).body.realNameVerified, false)
  })

  it('answers 422 REALNAME_MISMATCH for the seeded mismatch identity with another name', async (t) => {
    const { api } = await startTestSimulator(t)
    const token = await simLogin(api, '13600000001')
    const res = await api.post('/me/realname', { name: '杨文彩', idNumber: '530628199208150053' }, { token })
    assert.equal(res.status, 422)
    assert.equal(res.body.code, 'REALNAME_MISMATCH')
    assert.match(res.body.message, /姓名与身份证号不一致/)
    assert.equal((await api.get('/me', { token })).body.realNameVerified, false)
    // With the registered name it passes.
    assert.equal(
      (await api.post('/me/realname', { name: '杨文才', idNumber: '530628199208150053' }, { token })).status,
      200,
    )
  })

  it('answers 409 for an ID number verified on another account', async (t) => {
    const { api } = await startTestSimulator(t)
    const token = await simLogin(api, '13600000001')
    const res = await api.post('/me/realname', { name: ZHANG.name, idNumber: ZHANG.idNumber }, { token })
    assert.equal(res.status, 409)
    assert.equal(res.body.code, 'CONFLICT')
  })

  it('requires login', async (t) => {
    const { api } = await startTestSimulator(t)
    assert.equal(
      (await api.post('/me/realname', { name: '陈小红', idNumber: '53060220040918004X' })).status,
      401,
    )
  })
})

describe('/me/autofill', () => {
  it('has no identity or licences before real-name verification', async (t) => {
    const { api } = await startTestSimulator(t)
    const token = await simLogin(api, UNVERIFIED_PHONE)
    const res = await api.get('/me/autofill', { token })
    assert.equal(res.status, 200)
    assert.ok(v.is(AutofillSourcesSchema, res.body), JSON.stringify(res.body))
    assert.equal(res.body.identity, null)
    assert.deepEqual(res.body.licenses, [])
    assert.deepEqual(res.body.addresses, [])
    assert.deepEqual(res.body.history, {})
    assert.deepEqual(res.body.phone, { value: UNVERIFIED_PHONE, source: '登录手机号', verified: true })
  })

  it('gives the verified owner their own identity, licences and household address, each with its source', async (t) => {
    const { api } = await startTestSimulator(t)
    const token = await simLogin(api, UNVERIFIED_PHONE, { name: '陈小红', idNumber: '53060220040918004X' })
    const res = await api.get('/me/autofill', { token })
    assert.ok(v.is(AutofillSourcesSchema, res.body), JSON.stringify(res.body))
    assert.deepEqual(res.body.identity, {
      name: '陈小红',
      idNumber: '53060220040918004X',
      sex: 'female',
      birthDate: '2004-09-18',
      source: '公安人口库',
      verified: true,
    })
    const types = res.body.licenses.map((l: { type: string }) => l.type)
    assert.deepEqual(types.slice(0, 2), ['id_card', 'household_register'])
    for (const license of res.body.licenses) {
      assert.equal(license.source, '电子证照库')
      assert.equal(license.verified, true)
      assert.doesNotMatch(license.numberMasked, /530602200409180/)
    }
    assert.deepEqual(res.body.addresses[0], {
      id: 'addr-household',
      kind: 'household',
      label: '户籍地址',
      text: '云南省昭通市昭阳区龙泉街道珠泉路5号',
      source: '公安人口库',
      verified: true,
    })
  })

  it('derives licences deterministically from the ID number, with extra ones for some citizens', async (t) => {
    const { api } = await startTestSimulator(t)
    const licensesOf = async (phone: string) =>
      (await api.get('/me/autofill', { token: await simLogin(api, phone) })).body.licenses as Array<{
        id: string
        type: string
      }>
    const zhang = await licensesOf(ZHANG.phone)
    assert.deepEqual(
      zhang.map((l) => l.type),
      ['id_card', 'household_register', 'driving_license'],
    )
    assert.deepEqual(await licensesOf(ZHANG.phone), zhang)
    const wang = await licensesOf('13908701111')
    assert.deepEqual(
      wang.map((l) => l.type),
      ['id_card', 'household_register', 'driving_license', 'marriage_certificate', 'business_license'],
    )
    assert.equal(new Set([...zhang, ...wang].map((l) => l.id)).size, zhang.length + wang.length)
  })

  it('requires login', async (t) => {
    const { api } = await startTestSimulator(t)
    assert.equal((await api.get('/me/autofill')).status, 401)
  })
})

describe('/__sim/login', () => {
  it('logs in a new or existing citizen without SMS or rate limit, optionally verified', async (t) => {
    const { api } = await startTestSimulator(t)
    for (let i = 0; i < 3; i++)
      assert.equal((await api.post('/__sim/login', { phone: '13600000002' })).status, 200)
    const verified = await api.post('/__sim/login', {
      phone: '13600000003',
      realName: { name: '杨文才', idNumber: '530628199208150053' },
    })
    assert.equal(verified.body.user.realNameVerified, true)
    const mismatch = await api.post('/__sim/login', {
      phone: '13600000004',
      realName: { name: '张三', idNumber: '530602198503120019' },
    })
    assert.equal(mismatch.status, 422)
    assert.equal(mismatch.body.code, 'REALNAME_MISMATCH')
    assert.equal((await api.post('/__sim/login', { phone: '110' })).status, 422)
  })
})
