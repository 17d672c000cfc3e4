import { createHash, randomInt } from 'node:crypto'

import {
  type Address,
  type AuthTokens,
  type AutofillSources,
  type License,
  LICENSE_TYPES,
  type KnownLicenseType,
  type Me,
  LogoutRequestSchema,
  RealNameRequestSchema,
  RefreshRequestSchema,
  SmsLoginRequestSchema,
  SmsSendRequestSchema,
  WechatLoginRequestSchema,
} from '../../types/api/identity'
import { SimLoginRequestSchema } from '../../types/api/sim'
import { validateIdNumber } from '../../types/rules/idNumber'
import { maskIdNumber, maskName, maskPhone } from '../../types/rules/mask'
import { toShanghaiDate, toShanghaiIso } from '../framework/clock'
import type { Feature, SimContext } from '../framework/context'
import { ApiError, tooManyRequests } from '../framework/errors'
import { json, noContent, type SimRequest } from '../framework/http'
import { getOwn } from '../framework/records'
import { parseBody } from '../framework/validate'
import { type Citizen, POPULATION_REGISTER, ZHAOTONG_AREAS } from '../seed/identity'

export const SMS_COOLDOWN_SECONDS = 60
export const SMS_CODE_TTL_SECONDS = 5 * 60
export const SMS_MAX_FAILURES = 5
export const SMS_LOCK_SECONDS = 15 * 60

const SOURCE_POPULATION = '公安人口库'
const SOURCE_LICENSES = '电子证照库'
const SOURCE_LOGIN_PHONE = '登录手机号'
const SOURCE_HISTORY = '历史申报'

// ---------------------------------------------------------------------------------------------------------
// Citizens
// ---------------------------------------------------------------------------------------------------------

export function toMe(citizen: Citizen): Me {
  return {
    id: citizen.id,
    name: citizen.realName ? maskName(citizen.realName.name) : '',
    phoneMasked: citizen.phone ? maskPhone(citizen.phone) : '',
    realNameVerified: citizen.realName !== null,
    idNumberMasked: citizen.realName ? maskIdNumber(citizen.realName.idNumber) : null,
  }
}

/** The citizen behind the bearer token (401 if none). Other features use this to know who is asking. */
export function requireCitizen(ctx: SimContext, req: SimRequest): Citizen {
  const citizen = getOwn(ctx.state.identity.citizens, ctx.auth.requireUser(req))
  // A token can outlive its account only across a reset; to the client that is a lapsed login.
  if (!citizen) throw new ApiError(401, 'UNAUTHENTICATED', '登录已过期，请重新登录')
  return citizen
}

function findOrCreateCitizen(ctx: SimContext, match: { phone: string } | { openid: string }): Citizen {
  const identity = ctx.state.identity
  const existing = Object.values(identity.citizens).find((c) =>
    'phone' in match ? c.phone === match.phone : c.openid === match.openid,
  )
  if (existing) return existing
  const id = `u-${String(identity.nextCitizenSeq++).padStart(4, '0')}`
  const citizen: Citizen = {
    id,
    phone: 'phone' in match ? match.phone : null,
    openid: 'openid' in match ? match.openid : null,
    realName: null,
    createdAt: toShanghaiIso(ctx.clock.now()),
  }
  identity.citizens[id] = citizen
  return citizen
}

function tokensFor(ctx: SimContext, citizen: Citizen): AuthTokens {
  return { ...ctx.auth.issue(citizen.id), user: toMe(citizen) }
}

/**
 * Real-name verification against the population register. The simulator trusts any checksum-valid number it
 * has no record of (the real platform would know everyone); a number it does know must come with its name.
 */
function verifyRealName(ctx: SimContext, citizen: Citizen, claim: { name: string; idNumber: string }): void {
  if (citizen.realName) {
    if (citizen.realName.idNumber === claim.idNumber && citizen.realName.name === claim.name) return
    throw new ApiError(409, 'CONFLICT', '该账号已完成实名认证，如需变更请携带身份证到政务服务大厅办理')
  }
  const registered = POPULATION_REGISTER.find((p) => p.idNumber === claim.idNumber)
  if (registered && registered.name !== claim.name) {
    throw new ApiError(422, 'REALNAME_MISMATCH', '姓名与身份证号不一致，请核对后重新输入')
  }
  const holder = Object.values(ctx.state.identity.citizens).find(
    (c) => c.realName?.idNumber === claim.idNumber,
  )
  if (holder) {
    throw new ApiError(409, 'CONFLICT', '该身份证号已在其他账号完成实名认证，如有疑问请拨打12345')
  }
  citizen.realName = { ...claim, verifiedAt: toShanghaiIso(ctx.clock.now()) }
}

// ---------------------------------------------------------------------------------------------------------
// Autofill sources (电子证照, addresses) — derived deterministically from the ID number, so the same citizen
// always sees the same licences (and the same license ids, which applications cite as materials).
// ---------------------------------------------------------------------------------------------------------

function idDigest(idNumber: string): number {
  return createHash('sha256').update(idNumber).digest().readUInt32BE(0)
}

function ageOn(birthDate: string, today: string): number {
  const years = Number(today.slice(0, 4)) - Number(birthDate.slice(0, 4))
  return today.slice(5) >= birthDate.slice(5) ? years : years - 1
}

/** The same month and day as the birthday, `years` from now (29 Feb becomes 28 Feb). */
function anniversary(birthDate: string, today: string, years: number): string {
  const monthDay = birthDate.slice(5) === '02-29' ? '02-28' : birthDate.slice(5)
  return `${Number(today.slice(0, 4)) + years}-${monthDay}`
}

export function licensesFor(citizen: Citizen, now: Date): License[] {
  if (!citizen.realName) return []
  const { idNumber } = citizen.realName
  const check = validateIdNumber(idNumber, now)
  if (!check.ok) return []
  const digest = idDigest(idNumber)
  const today = toShanghaiDate(now)
  const age = ageOn(check.birthDate, today)
  const county = getOwn(ZHAOTONG_AREAS, idNumber.slice(0, 6))
  const police = county
    ? county === '昭阳区'
      ? '昭通市公安局昭阳分局'
      : `${county}公安局`
    : '户籍地公安机关'
  const serial = String(digest).padStart(10, '0')

  const license = (
    type: KnownLicenseType,
    number: string,
    issuer: string,
    validUntil: string | null,
  ): License => ({
    id: `lic-${type}-${digest.toString(16).padStart(8, '0')}`,
    type,
    name: LICENSE_TYPES[type],
    numberMasked: maskIdNumber(number),
    issuer,
    validUntil,
    source: SOURCE_LICENSES,
    verified: true,
  })

  // 居民身份证 is valid for life from 46; younger holders get a date a few years out.
  const licenses = [
    license(
      'id_card',
      idNumber,
      police,
      age >= 46 ? null : anniversary(check.birthDate, today, 1 + (digest % 9)),
    ),
    license('household_register', `${idNumber.slice(0, 6)}${serial.slice(-6)}`, police, null),
  ]
  if (age >= 18 && digest % 2 === 0) {
    const validUntil = anniversary(check.birthDate, today, 2 + (digest % 6))
    licenses.push(license('driving_license', idNumber, '昭通市公安局交通警察支队', validUntil))
  }
  if (age >= 22 && (digest >>> 1) % 2 === 0) {
    const registeredIn = Number(check.birthDate.slice(0, 4)) + 22 + (digest % 8)
    licenses.push(
      license(
        'marriage_certificate',
        `J${idNumber.slice(0, 6)}-${registeredIn}-${serial.slice(-6)}`,
        `${county ?? ''}民政局`,
        null,
      ),
    )
  }
  if (age >= 18 && (digest >>> 2) % 3 === 0) {
    licenses.push(
      license(
        'business_license',
        `92${idNumber.slice(0, 6)}MA${serial}`,
        `${county ?? ''}市场监督管理局`,
        null,
      ),
    )
  }
  return licenses
}

function addressesFor(citizen: Citizen): Address[] {
  if (!citizen.realName) return []
  const { idNumber } = citizen.realName
  const registered = POPULATION_REGISTER.find((p) => p.idNumber === idNumber)
  const county = getOwn(ZHAOTONG_AREAS, idNumber.slice(0, 6))
  const text = registered?.householdAddress ?? (county ? `云南省昭通市${county}` : null)
  if (!text) return []
  return [
    {
      id: 'addr-household',
      kind: 'household',
      label: '户籍地址',
      text,
      source: SOURCE_POPULATION,
      verified: true,
    },
  ]
}

export function autofillFor(ctx: SimContext, citizen: Citizen): AutofillSources {
  const now = ctx.clock.now()
  const check = citizen.realName ? validateIdNumber(citizen.realName.idNumber, now) : null
  const history: AutofillSources['history'] = {}
  for (const [key, entry] of Object.entries(getOwn(ctx.state.identity.formHistory, citizen.id) ?? {})) {
    history[key] = { ...entry, source: SOURCE_HISTORY, verified: false }
  }
  return {
    identity:
      citizen.realName && check?.ok
        ? {
            name: citizen.realName.name,
            idNumber: citizen.realName.idNumber,
            sex: check.sex,
            birthDate: check.birthDate,
            source: SOURCE_POPULATION,
            verified: true,
          }
        : null,
    phone: citizen.phone ? { value: citizen.phone, source: SOURCE_LOGIN_PHONE, verified: true } : null,
    licenses: licensesFor(citizen, now),
    addresses: addressesFor(citizen),
    history,
  }
}

// ---------------------------------------------------------------------------------------------------------
// SMS login
// ---------------------------------------------------------------------------------------------------------

function phoneLocked(retryAfterSeconds: number): ApiError {
  return tooManyRequests(retryAfterSeconds, 'SMS_LOCKED', '验证码错误次数过多，请15分钟后再试')
}

function assertPhoneNotLocked(ctx: SimContext, phone: string): void {
  const failures = getOwn(ctx.state.identity.smsFailures, phone)
  const remainingMs = failures ? failures.lockedUntilMs - ctx.clock.nowMs() : 0
  if (remainingMs > 0) throw phoneLocked(remainingMs / 1000)
}

function smsCodeInvalid(message: string, attemptsLeft?: number): ApiError {
  const details =
    attemptsLeft === undefined ? { fields: { code: message } } : { fields: { code: message }, attemptsLeft }
  return new ApiError(422, 'SMS_CODE_INVALID', message, details)
}

function checkSmsCode(ctx: SimContext, phone: string, code: string): void {
  const identity = ctx.state.identity
  const sent = getOwn(identity.smsCodes, phone)
  if (!sent || sent.expiresAtMs <= ctx.clock.nowMs()) {
    throw smsCodeInvalid('验证码已失效，请重新获取')
  }
  if (sent.code === code) {
    delete identity.smsCodes[phone]
    delete identity.smsFailures[phone]
    return
  }
  const count = (getOwn(identity.smsFailures, phone)?.count ?? 0) + 1
  if (count >= SMS_MAX_FAILURES) {
    // The lock also burns the code: after it, only a fresh code can log in.
    identity.smsFailures[phone] = { count: 0, lockedUntilMs: ctx.clock.nowMs() + SMS_LOCK_SECONDS * 1000 }
    delete identity.smsCodes[phone]
    throw phoneLocked(SMS_LOCK_SECONDS)
  }
  identity.smsFailures[phone] = { count, lockedUntilMs: 0 }
  throw smsCodeInvalid('验证码不正确', SMS_MAX_FAILURES - count)
}

// ---------------------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------------------

export const identityFeature: Feature = {
  name: 'identity',
  register(router, ctx) {
    router.post('/auth/wechat', (req) => {
      const { code } = parseBody(req, WechatLoginRequestSchema)
      // Real codes are single-use; the simulator maps "<openid>-<anything>" to a stable openid so a test
      // citizen can come back (the seed has zhangmh, lixiuying, wangjg).
      const openid = code.split('-')[0] || code
      return json(200, tokensFor(ctx, findOrCreateCitizen(ctx, { openid })))
    })

    router.post('/auth/sms/send', (req) => {
      const { phone } = parseBody(req, SmsSendRequestSchema)
      assertPhoneNotLocked(ctx, phone)
      ctx.rateLimit.consume(`sms-send:${phone}`, {
        limit: 1,
        windowSeconds: SMS_COOLDOWN_SECONDS,
        message: '验证码已发送，请稍后再获取',
      })
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0')
      ctx.state.identity.smsCodes[phone] = {
        code,
        expiresAtMs: ctx.clock.nowMs() + SMS_CODE_TTL_SECONDS * 1000,
      }
      return json(
        200,
        ctx.production
          ? { cooldownSeconds: SMS_COOLDOWN_SECONDS }
          : { cooldownSeconds: SMS_COOLDOWN_SECONDS, devCode: code },
      )
    })

    router.post('/auth/sms/login', (req) => {
      const { phone, code } = parseBody(req, SmsLoginRequestSchema)
      assertPhoneNotLocked(ctx, phone)
      checkSmsCode(ctx, phone, code)
      return json(200, tokensFor(ctx, findOrCreateCitizen(ctx, { phone })))
    })

    router.post('/auth/refresh', (req) => {
      const { refreshToken } = parseBody(req, RefreshRequestSchema)
      const { userId, tokens } = ctx.auth.rotate(refreshToken)
      const citizen = getOwn(ctx.state.identity.citizens, userId)
      if (!citizen) throw new ApiError(401, 'UNAUTHENTICATED', '登录已过期，请重新登录')
      return json(200, { ...tokens, user: toMe(citizen) })
    })

    router.post('/auth/logout', (req) => {
      ctx.auth.revoke(parseBody(req, LogoutRequestSchema).refreshToken)
      return noContent()
    })

    router.get('/me', (req) => json(200, toMe(requireCitizen(ctx, req))))

    router.post('/me/realname', (req) => {
      const citizen = requireCitizen(ctx, req)
      verifyRealName(ctx, citizen, parseBody(req, RealNameRequestSchema))
      return json(200, toMe(citizen))
    })

    router.get('/me/autofill', (req) => json(200, autofillFor(ctx, requireCitizen(ctx, req))))

    router.post('/__sim/login', (req) => {
      const { phone, realName } = parseBody(req, SimLoginRequestSchema)
      const citizen = findOrCreateCitizen(ctx, { phone })
      if (realName) verifyRealName(ctx, citizen, realName)
      return json(200, tokensFor(ctx, citizen))
    })
  },
}
