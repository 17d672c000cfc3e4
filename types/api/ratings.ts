import * as v from 'valibot'

import { CalendarDateSchema, ShanghaiDateTimeSchema } from './common'

// ---------------------------------------------------------------------------------------------------------
// 政务服务"好差评" (Yunnan, 云政办发〔2020〕6号): 一事一评 for each completed case (online channel), 一次一评 for
// each attended appointment (onsite channel). Ids: ratings `r-…`.
// ---------------------------------------------------------------------------------------------------------

export const RATING_LEVELS = [5, 4, 3, 2, 1] as const
export type RatingLevel = (typeof RATING_LEVELS)[number]

export const RATING_LEVEL_LABELS: Record<RatingLevel, string> = {
  5: '非常满意',
  4: '满意',
  3: '基本满意',
  2: '不满意',
  1: '非常不满意',
}

/** Levels at or below this are a 差评: they need a reason, and the department must follow them up. */
export const BAD_RATING_MAX_LEVEL = 2
/** What the platform records when nobody rated in time. */
export const DEFAULT_RATING_LEVEL: RatingLevel = 3

export const RatingLevelSchema = v.pipe(
  v.number(),
  v.integer('请选择评价等级'),
  v.minValue(1, '请选择评价等级'),
  v.maxValue(5, '请选择评价等级'),
)

export const RATING_CHANNELS = ['online', 'onsite'] as const
export const RatingChannelSchema = v.picklist(RATING_CHANNELS)
export type RatingChannel = v.InferOutput<typeof RatingChannelSchema>

export const RATING_SUBJECT_TYPES = ['case', 'appointment'] as const
export const RatingSubjectSchema = v.object({
  type: v.picklist(RATING_SUBJECT_TYPES),
  id: v.pipe(v.string(), v.minLength(1)),
})
export type RatingSubject = v.InferOutput<typeof RatingSubjectSchema>

/** A case is rated on the online channel, a visit to a hall on the onsite one. */
export const CHANNEL_OF_SUBJECT: Record<RatingSubject['type'], RatingChannel> = {
  case: 'online',
  appointment: 'onsite',
}

// ---------------------------------------------------------------------------------------------------------
// GET /ratings/options?channel=
// ---------------------------------------------------------------------------------------------------------

export const RatingOptionsQuerySchema = v.object({ channel: RatingChannelSchema })

const OptionSchema = v.object({ id: v.string(), label: v.string() })
export type RatingOption = v.InferOutput<typeof OptionSchema>

export const RatingOptionsSchema = v.object({
  channel: RatingChannelSchema,
  levels: v.array(v.object({ level: v.number(), label: v.string() })),
  /** Scored 1–5 each, optional: 办事效率, 指南准确度… (online); 服务效率, 服务水平, 服务态度 (onsite). */
  indicators: v.array(OptionSchema),
  /** Why a 差评: at least one is required for levels 1–2. */
  reasons: v.array(OptionSchema),
  commentMaxLength: v.number(),
})
export type RatingOptions = v.InferOutput<typeof RatingOptionsSchema>

// ---------------------------------------------------------------------------------------------------------
// POST /ratings
// ---------------------------------------------------------------------------------------------------------

export const RATING_COMMENT_MAX_LENGTH = 500

export const RatingRequestSchema = v.object({
  subject: RatingSubjectSchema,
  level: RatingLevelSchema,
  /** Indicator id → 1..5. */
  indicators: v.optional(
    v.record(
      v.string(),
      v.pipe(
        v.number(),
        v.integer('请为该项打分'),
        v.minValue(1, '请为该项打分'),
        v.maxValue(5, '请为该项打分'),
      ),
    ),
  ),
  /** Reason ids from the options of the subject's channel. */
  reasons: v.optional(v.array(v.string())),
  comment: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(RATING_COMMENT_MAX_LENGTH, `最多${RATING_COMMENT_MAX_LENGTH}个字`),
    ),
  ),
})
export type RatingRequest = v.InferInput<typeof RatingRequestSchema>

// ---------------------------------------------------------------------------------------------------------
// The rating and its follow-up (差评整改: 核实 → 整改 → 回访)
// ---------------------------------------------------------------------------------------------------------

export const FOLLOW_UP_STATUSES = ['pending_verification', 'rectifying', 'rectified', 'revisited'] as const
export const FollowUpStatusSchema = v.picklist(FOLLOW_UP_STATUSES)
export type FollowUpStatus = v.InferOutput<typeof FollowUpStatusSchema>

export const FOLLOW_UP_STATUS_LABELS: Record<FollowUpStatus, string> = {
  pending_verification: '待核实',
  rectifying: '整改中',
  rectified: '已整改',
  revisited: '已回访',
}

export const FollowUpSchema = v.object({
  status: FollowUpStatusSchema,
  /** The department must have called back and fixed it by this day. */
  dueDate: v.nullable(CalendarDateSchema),
  /** The department's replies, oldest first. */
  updates: v.array(
    v.object({
      at: ShanghaiDateTimeSchema,
      status: FollowUpStatusSchema,
      department: v.string(),
      reply: v.string(),
    }),
  ),
})
export type FollowUp = v.InferOutput<typeof FollowUpSchema>

export const RatingSchema = v.object({
  ratingId: v.string(),
  subject: RatingSubjectSchema,
  /** The item's name (a case) or the service and hall (a visit). */
  title: v.string(),
  /** 办件编号 or the appointment code. */
  reference: v.string(),
  department: v.string(),
  channel: RatingChannelSchema,
  level: v.number(),
  indicators: v.array(v.object({ id: v.string(), label: v.string(), score: v.number() })),
  reasons: v.array(OptionSchema),
  comment: v.string(),
  /** Recorded by the platform because nobody rated within the window (系统默认评价). */
  isDefault: v.boolean(),
  ratedAt: ShanghaiDateTimeSchema,
  /** Only for a 差评. */
  followUp: v.nullable(FollowUpSchema),
  /** The citizen's one 追评. */
  append: v.nullable(v.object({ at: ShanghaiDateTimeSchema, comment: v.string() })),
  /** A 追评 may be added now. */
  canAppend: v.boolean(),
})
export type Rating = v.InferOutput<typeof RatingSchema>

/** GET /ratings/pending: what the citizen may still rate, the oldest window first. */
export const PendingRatingSchema = v.object({
  subject: RatingSubjectSchema,
  title: v.string(),
  reference: v.string(),
  department: v.string(),
  channel: RatingChannelSchema,
  /** When the case was completed or the visit took place. */
  finishedAt: ShanghaiDateTimeSchema,
  /** The last day to rate; afterwards 基本满意 is recorded by default. */
  rateBefore: v.nullable(CalendarDateSchema),
})
export type PendingRating = v.InferOutput<typeof PendingRatingSchema>

/** POST /ratings/{id}/append */
export const RatingAppendRequestSchema = v.object({
  comment: v.pipe(
    v.string('请填写追评内容'),
    v.trim(),
    v.minLength(1, '请填写追评内容'),
    v.maxLength(RATING_COMMENT_MAX_LENGTH, `最多${RATING_COMMENT_MAX_LENGTH}个字`),
  ),
})
export type RatingAppendRequest = v.InferInput<typeof RatingAppendRequestSchema>

/** Simulator only: POST /__sim/ratings/{id}/follow-up — the department's side of a 差评. */
export const SimFollowUpRequestSchema = v.object({
  status: FollowUpStatusSchema,
  reply: v.pipe(v.string('请填写答复'), v.trim(), v.minLength(1, '请填写答复'), v.maxLength(500)),
  department: v.optional(v.string()),
})
export type SimFollowUpRequest = v.InferInput<typeof SimFollowUpRequestSchema>
