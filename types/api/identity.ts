import * as v from 'valibot'

import { validateIdNumber } from '../rules/idNumber'
import { isMainlandMobile } from '../rules/phone'
import { CalendarDateSchema, ShanghaiDateTimeSchema } from './common'

// ---------------------------------------------------------------------------------------------------------
// Requests. The messages are for the citizen: the app shows them beside the field, the platform returns
// them in 422 details.fields. A value of the wrong JSON type is a 400 (a bug in the caller), not a message.
// ---------------------------------------------------------------------------------------------------------

const PhoneSchema = v.pipe(
  v.string('请输入手机号'),
  v.trim(),
  v.check(isMainlandMobile, '请输入正确的11位手机号'),
)

/** 2–20 Chinese characters; · joins the parts of many minority names (e.g. 阿依古丽·买买提), never at an end. */
const CHINESE_NAME =
  /^[\u3400-\u4dbf\u4e00-\u9fff](?:[\u3400-\u4dbf\u4e00-\u9fff·]{0,18}[\u3400-\u4dbf\u4e00-\u9fff])$/
export const RealNameSchema = v.pipe(
  v.string('请输入姓名'),
  v.trim(),
  v.regex(CHINESE_NAME, '请输入与身份证一致的中文姓名（2至20个汉字）'),
)

export const IdNumberSchema = v.pipe(
  v.string('请输入身份证号'),
  v.trim(),
  v.toUpperCase(),
  v.check(
    (s: string) => validateIdNumber(s).ok,
    (issue) => {
      const check = validateIdNumber(String(issue.input))
      return check.ok ? '身份证号不正确' : check.reason
    },
  ),
)

export const WechatLoginRequestSchema = v.object({
  code: v.pipe(v.string(), v.trim(), v.minLength(1, '微信登录失败，请重试')),
})
export type WechatLoginRequest = v.InferInput<typeof WechatLoginRequestSchema>

export const SmsSendRequestSchema = v.object({ phone: PhoneSchema })
export type SmsSendRequest = v.InferInput<typeof SmsSendRequestSchema>

export const SmsSendResponseSchema = v.object({
  cooldownSeconds: v.number(),
  /** Only from the simulator outside production, so tests and local builds can log in without a phone. */
  devCode: v.optional(v.string()),
})
export type SmsSendResponse = v.InferOutput<typeof SmsSendResponseSchema>

export const SmsLoginRequestSchema = v.object({
  phone: PhoneSchema,
  code: v.pipe(v.string('请输入验证码'), v.trim(), v.regex(/^\d{6}$/, '请输入6位数字验证码')),
})
export type SmsLoginRequest = v.InferInput<typeof SmsLoginRequestSchema>

export const RefreshRequestSchema = v.object({ refreshToken: v.pipe(v.string(), v.minLength(1)) })
export type RefreshRequest = v.InferInput<typeof RefreshRequestSchema>

/** POST /auth/logout: revokes this refresh token (and the access tokens issued with it). */
export const LogoutRequestSchema = RefreshRequestSchema
export type LogoutRequest = RefreshRequest

export const RealNameRequestSchema = v.object({ name: RealNameSchema, idNumber: IdNumberSchema })
export type RealNameRequest = v.InferInput<typeof RealNameRequestSchema>

// ---------------------------------------------------------------------------------------------------------
// Responses
// ---------------------------------------------------------------------------------------------------------

export const MeSchema = v.object({
  id: v.string(),
  /** Masked (张*); '' until real-name verification. */
  name: v.string(),
  /** 138****5678; '' for a WeChat user who never gave a phone number. */
  phoneMasked: v.string(),
  realNameVerified: v.boolean(),
  /** 5306**********1234; null until real-name verification. */
  idNumberMasked: v.nullable(v.string()),
})
export type Me = v.InferOutput<typeof MeSchema>

export const AuthTokensSchema = v.object({
  accessToken: v.string(),
  refreshToken: v.string(),
  /** Lifetime of the access token in seconds. */
  expiresIn: v.number(),
  user: MeSchema,
})
export type AuthTokens = v.InferOutput<typeof AuthTokensSchema>

// ---------------------------------------------------------------------------------------------------------
// GET /me/autofill — what a form may prefill from. Every value says where it came from (`source`, shown to
// the citizen, e.g. 公安人口库) and whether the platform vouches for it (`verified`): verified values are
// locked in the form and re-checked on submission, unverified ones are suggestions the citizen may edit.
// ---------------------------------------------------------------------------------------------------------

const provenance = { source: v.string(), verified: v.boolean() }

/** The owner's own identity, unmasked: this endpoint exists to give it back to them. */
export const AutofillIdentitySchema = v.object({
  name: v.string(),
  idNumber: v.string(),
  sex: v.picklist(['male', 'female']),
  birthDate: CalendarDateSchema,
  ...provenance,
})
export type AutofillIdentity = v.InferOutput<typeof AutofillIdentitySchema>

/** Known 电子证照 types; the platform may add others, so `type` is not restricted to this list. */
export const LICENSE_TYPES = {
  id_card: '居民身份证',
  household_register: '居民户口簿',
  driving_license: '机动车驾驶证',
  marriage_certificate: '结婚证',
  business_license: '营业执照',
} as const
export type KnownLicenseType = keyof typeof LICENSE_TYPES

/** An 电子证照 the platform holds for the citizen; a material may cite it by `id` instead of an upload. */
export const LicenseSchema = v.object({
  id: v.string(),
  type: v.string(),
  name: v.string(),
  numberMasked: v.string(),
  issuer: v.string(),
  /** null = 长期有效. */
  validUntil: v.nullable(CalendarDateSchema),
  ...provenance,
})
export type License = v.InferOutput<typeof LicenseSchema>

export const AddressSchema = v.object({
  id: v.string(),
  kind: v.picklist(['household', 'residence', 'mailing']),
  /** 户籍地址 / 常住地址 / 邮寄地址 */
  label: v.string(),
  text: v.string(),
  ...provenance,
})
export type Address = v.InferOutput<typeof AddressSchema>

export const FieldValueSchema = v.union([v.string(), v.number(), v.boolean(), v.array(v.string())])
export type FieldValue = v.InferOutput<typeof FieldValueSchema>

/** What the citizen entered for a field key in an earlier application. */
export const HistoryValueSchema = v.object({
  value: FieldValueSchema,
  usedAt: ShanghaiDateTimeSchema,
  ...provenance,
})
export type HistoryValue = v.InferOutput<typeof HistoryValueSchema>

export const AutofillSourcesSchema = v.object({
  /** null until real-name verification. */
  identity: v.nullable(AutofillIdentitySchema),
  /** The login phone number (unmasked: it is the owner's); null for a WeChat user without one. */
  phone: v.optional(v.nullable(v.object({ value: v.string(), ...provenance })), null),
  licenses: v.array(LicenseSchema),
  addresses: v.array(AddressSchema),
  history: v.record(v.string(), HistoryValueSchema),
})
export type AutofillSources = v.InferOutput<typeof AutofillSourcesSchema>
