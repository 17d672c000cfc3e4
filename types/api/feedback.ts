import * as v from 'valibot'

import { isMainlandMobile } from '../rules/phone'
import { ShanghaiDateTimeSchema } from './common'

// ---------------------------------------------------------------------------------------------------------
// 办不成事反映 · 投诉 · 建议 — the 12345 loop (受理、交办、核查、处置、反馈、评价、回访). A submission becomes a
// ticket with a number the citizen can quote on the phone. Ids: tickets `f-…`.
// ---------------------------------------------------------------------------------------------------------

export const FEEDBACK_KINDS = ['cannot_get_done', 'complaint', 'suggestion'] as const
export const FeedbackKindSchema = v.picklist(FEEDBACK_KINDS, '请选择反映类型')
export type FeedbackKind = v.InferOutput<typeof FeedbackKindSchema>

export const FEEDBACK_KIND_LABELS: Record<FeedbackKind, string> = {
  cannot_get_done: '办不成事反映',
  complaint: '投诉',
  suggestion: '建议',
}

export const FEEDBACK_STATUSES = ['received', 'assigned', 'handling', 'replied', 'closed'] as const
export const FeedbackStatusSchema = v.picklist(FEEDBACK_STATUSES)
export type FeedbackStatus = v.InferOutput<typeof FeedbackStatusSchema>

export const FEEDBACK_STATUS_LABELS: Record<FeedbackStatus, string> = {
  received: '已受理',
  assigned: '已交办',
  handling: '处理中',
  replied: '已答复',
  closed: '已办结',
}

export const FEEDBACK_CONTENT_MIN_LENGTH = 10
export const FEEDBACK_CONTENT_MAX_LENGTH = 500

const optionalText = (max: number, message: string) =>
  v.optional(v.pipe(v.string(), v.trim(), v.maxLength(max, message)))

/** POST /feedback (Idempotency-Key). Empty optional strings mean "not given". */
export const FeedbackRequestSchema = v.object({
  kind: FeedbackKindSchema,
  /** What could not be done, and what happened. */
  content: v.pipe(
    v.string('请说明遇到的问题'),
    v.trim(),
    v.minLength(FEEDBACK_CONTENT_MIN_LENGTH, `请用至少${FEEDBACK_CONTENT_MIN_LENGTH}个字说明遇到的问题`),
    v.maxLength(FEEDBACK_CONTENT_MAX_LENGTH, `最多${FEEDBACK_CONTENT_MAX_LENGTH}个字`),
  ),
  /** Where: a hall (GET /halls) … */
  hallId: optionalText(40, '请重新选择大厅'),
  /** … and/or in words: 窗口号, 网上办事, 乡镇名. */
  place: optionalText(50, '地点最多50个字'),
  /** A case of mine this is about. */
  caseId: optionalText(40, '请重新选择办件'),
  contactName: optionalText(20, '称呼最多20个字'),
  /** Empty: call me on the phone I log in with. */
  contactPhone: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.check((s) => s === '' || isMainlandMobile(s), '请输入正确的11位手机号，或留空使用登录手机号'),
    ),
  ),
})
export type FeedbackRequest = v.InferInput<typeof FeedbackRequestSchema>

export const FeedbackTicketSchema = v.object({
  ticketId: v.string(),
  /** 工单编号: quote it when calling 12345. */
  ticketNo: v.string(),
  kind: FeedbackKindSchema,
  content: v.string(),
  hall: v.nullable(v.object({ hallId: v.string(), name: v.string() })),
  place: v.string(),
  /** The related case: its id opens its page, its number is what the citizen reads. */
  caseId: v.nullable(v.string()),
  caseNo: v.nullable(v.string()),
  /** 138****5678 ('' when the account has no phone and none was given). */
  contactPhoneMasked: v.string(),
  status: FeedbackStatusSchema,
  createdAt: ShanghaiDateTimeSchema,
  updatedAt: ShanghaiDateTimeSchema,
  /** Each step of the loop, oldest first. */
  updates: v.array(
    v.object({
      at: ShanghaiDateTimeSchema,
      status: FeedbackStatusSchema,
      department: v.string(),
      note: v.string(),
    }),
  ),
})
export type FeedbackTicket = v.InferOutput<typeof FeedbackTicketSchema>

/** Simulator only: POST /__sim/feedback/{id}/advance — 12345 and the department at work. */
export const SimFeedbackAdvanceRequestSchema = v.object({
  status: FeedbackStatusSchema,
  note: v.pipe(v.string(), v.trim(), v.minLength(1, '请填写处理情况'), v.maxLength(500)),
  department: v.optional(v.string()),
})
