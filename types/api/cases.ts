import * as v from 'valibot'

import { isMainlandMobile } from '../rules/phone'
import { CalendarDateSchema, PageQuerySchema, ShanghaiDateTimeSchema } from './common'
import { MAX_FILES_PER_MATERIAL } from './uploads'

// ---------------------------------------------------------------------------------------------------------
// Cases (办件). A case is one item applied for by one applicant, online or at a hall window; a 一件事
// application creates one case per item. Ids: cases `c-…`; the case number (办件编号) is what the citizen
// reads, writes down and looks the case up with.
// ---------------------------------------------------------------------------------------------------------

export const CASE_STATUSES = [
  'submitted',
  'accepted',
  'rejected',
  'supplement_required',
  'processing',
  'special_procedure',
  'completed',
  'delivered',
] as const
export const CaseStatusSchema = v.picklist(CASE_STATUSES)
export type CaseStatus = v.InferOutput<typeof CaseStatusSchema>

/** What the citizen reads for each status (chips, timeline, lookup). */
export const CASE_STATUS_LABELS: Record<CaseStatus, string> = {
  submitted: '已提交',
  accepted: '已受理',
  rejected: '不予受理',
  supplement_required: '待补正',
  processing: '办理中',
  special_procedure: '特别程序',
  completed: '已办结',
  delivered: '已送达',
}

/**
 * The lifecycle, as data: the statuses a department may move a case to from each status. 补齐补正 happens
 * around acceptance and returns to `accepted`; 特别程序 (hearing, testing, expert review) returns to
 * `processing`. `rejected` and `delivered` are final.
 */
export const CASE_TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  submitted: ['accepted', 'rejected'],
  accepted: ['supplement_required', 'processing'],
  supplement_required: ['accepted'],
  processing: ['special_procedure', 'completed'],
  special_procedure: ['processing'],
  completed: ['delivered'],
  rejected: [],
  delivered: [],
}

/** Statuses during which the 承诺时限 clock stands still (补正 and 特别程序 are not counted). */
export const CLOCK_PAUSING_STATUSES = ['supplement_required', 'special_procedure'] as const
export type ClockPausingStatus = (typeof CLOCK_PAUSING_STATUSES)[number]

/** Finished cases: they may be rated (一事一评) and their deadline no longer moves. */
export const FINISHED_CASE_STATUSES = ['completed', 'delivered'] as const

// ---------------------------------------------------------------------------------------------------------
// Deadline (承诺时限)
// ---------------------------------------------------------------------------------------------------------

/** 正常 / 黄灯 / 红灯 / 超期 — the warning states of the platform's 电子监察. */
export const DEADLINE_ALERTS = ['normal', 'yellow', 'red', 'overdue'] as const
export const DeadlineAlertSchema = v.picklist(DEADLINE_ALERTS)
export type DeadlineAlert = v.InferOutput<typeof DeadlineAlertSchema>

export const DeadlineSchema = v.object({
  /** 承诺时限 in working days; 0 = 即办件. */
  committedWorkingDays: v.number(),
  /**
   * The last working day of the promise, pauses included. While paused it is where the due date would be if
   * the clock restarted today. null when it falls in a year whose holidays are not published yet.
   */
  dueDate: v.nullable(CalendarDateSchema),
  /**
   * Working days left after today up to and including the due date: 0 = due today, negative = overdue by
   * that many. A finished case keeps what was left on the day it was finished. null with `dueDate`.
   */
  remainingWorkingDays: v.nullable(v.number()),
  /** The clock stands still now (补正 or 特别程序). */
  paused: v.boolean(),
  /** Why it is paused; null when running. */
  pausedFor: v.nullable(v.picklist(CLOCK_PAUSING_STATUSES)),
  /** Working days not counted so far because of pauses. */
  pausedWorkingDays: v.number(),
  alert: DeadlineAlertSchema,
  /** The day the clock started (受理日; the day itself is not counted). */
  startDate: CalendarDateSchema,
})
export type Deadline = v.InferOutput<typeof DeadlineSchema>

// ---------------------------------------------------------------------------------------------------------
// Case views
// ---------------------------------------------------------------------------------------------------------

/** One event of the platform's record: 受理, 补齐补正, 特别程序, 办理, 办结, 送达… */
export const TimelineEventSchema = v.object({
  at: ShanghaiDateTimeSchema,
  /** The status the case entered. */
  status: CaseStatusSchema,
  /** The step's name (环节): 申请, 受理, 补齐补正, 特别程序, 审核, 办结, 送达. */
  node: v.string(),
  department: v.string(),
  /** What happened, in the department's words for the citizen. */
  note: v.string(),
})
export type TimelineEvent = v.InferOutput<typeof TimelineEventSchema>

export const SupplementMaterialSchema = v.object({
  /** Cite it in POST /cases/{id}/supplements. */
  materialId: v.string(),
  name: v.string(),
  /** Why it is needed or what was wrong with the one handed in. */
  reason: v.string(),
})
export type SupplementMaterial = v.InferOutput<typeof SupplementMaterialSchema>

/** Something the citizen has to do now. */
export const PendingActionSchema = v.variant('kind', [
  v.object({
    kind: v.literal('supplement'),
    requestedAt: ShanghaiDateTimeSchema,
    /** 补正期限: hand the materials in by the end of this day. */
    dueDate: v.nullable(CalendarDateSchema),
    materials: v.array(SupplementMaterialSchema),
    note: v.string(),
  }),
  v.object({
    kind: v.literal('rate'),
    /** The last day to rate; afterwards the platform records 基本满意 by default. */
    rateBefore: v.nullable(CalendarDateSchema),
  }),
])
export type PendingAction = v.InferOutput<typeof PendingActionSchema>

export const CaseSummarySchema = v.object({
  caseId: v.string(),
  caseNo: v.string(),
  itemId: v.string(),
  itemName: v.string(),
  department: v.string(),
  status: CaseStatusSchema,
  submittedAt: ShanghaiDateTimeSchema,
  updatedAt: ShanghaiDateTimeSchema,
  /** null before acceptance and for a case not accepted. */
  deadline: v.nullable(DeadlineSchema),
  pendingActions: v.array(PendingActionSchema),
})
export type CaseSummary = v.InferOutput<typeof CaseSummarySchema>

export const CASE_RESULTS = ['approved', 'denied'] as const

export const DELIVERY_METHODS = ['window', 'mail', 'electronic'] as const
/** 窗口领取 / 邮寄送达 / 电子证照 */
export const DELIVERY_METHOD_LABELS: Record<(typeof DELIVERY_METHODS)[number], string> = {
  window: '窗口领取',
  mail: '邮寄送达',
  electronic: '电子证照',
}

export const CaseDetailSchema = v.object({
  ...CaseSummarySchema.entries,
  /** Masked: the detail is shown on screens others may see. */
  applicant: v.object({ nameMasked: v.string(), phoneMasked: v.string() }),
  /** Where the case is handled and whom to call about it. */
  hall: v.nullable(v.object({ hallId: v.string(), name: v.string() })),
  contactPhone: v.string(),
  timeline: v.array(TimelineEventSchema),
  /** 办结 result; null until completed. */
  result: v.nullable(v.object({ outcome: v.picklist(CASE_RESULTS), note: v.string() })),
  /** How the result reaches the citizen; null until the department has decided. */
  delivery: v.nullable(
    v.object({
      method: v.picklist(DELIVERY_METHODS),
      detail: v.string(),
      deliveredAt: v.nullable(ShanghaiDateTimeSchema),
    }),
  ),
  /** The 一事一评 given (or recorded by default); null while none. */
  rating: v.nullable(v.object({ ratingId: v.string(), level: v.number(), isDefault: v.boolean() })),
  /** A one-time message will tell the citizen about the next status change (POST …/subscriptions). */
  subscribed: v.boolean(),
})
export type CaseDetail = v.InferOutput<typeof CaseDetailSchema>

// ---------------------------------------------------------------------------------------------------------
// GET /cases
// ---------------------------------------------------------------------------------------------------------

/** `status` may list several, comma-separated (a chip like 办理中 covers processing and special_procedure). */
export const CaseListQuerySchema = v.object({
  ...PageQuerySchema.entries,
  status: v.optional(
    v.pipe(
      v.string(),
      v.transform((s) => s.split(',').filter(Boolean)),
      v.array(CaseStatusSchema, '办件状态不正确'),
    ),
  ),
})

// ---------------------------------------------------------------------------------------------------------
// GET /cases/lookup — anyone may look a case up; the answer is a masked summary without notes.
// ---------------------------------------------------------------------------------------------------------

/**
 * Wrong lookups the platform allows per case number in a sliding window before it answers 429 with
 * `retryAfterSeconds` (unknown numbers and wrong digits count alike). The 404 for a wrong try does not say
 * how many are left.
 */
export const CASE_LOOKUP_LIMIT = { failuresPerCaseNo: 5, windowSeconds: 3600 } as const

export const CaseLookupQuerySchema = v.object({
  caseNo: v.pipe(
    v.string('请输入办件编号'),
    v.trim(),
    v.toUpperCase(),
    v.minLength(1, '请输入办件编号'),
    v.regex(/^[A-Z0-9-]{6,40}$/, '办件编号由字母和数字组成，请核对回执上的编号'),
  ),
  verifier: v.pipe(
    v.string('请输入申请人手机号后4位'),
    v.trim(),
    v.regex(/^\d{4}$/, '请输入申请人手机号的后4位数字'),
  ),
})
export type CaseLookupQuery = v.InferInput<typeof CaseLookupQuerySchema>

export const CaseLookupResultSchema = v.object({
  caseNo: v.string(),
  itemName: v.string(),
  department: v.string(),
  status: CaseStatusSchema,
  /** 张* */
  applicantNameMasked: v.string(),
  submittedAt: ShanghaiDateTimeSchema,
  updatedAt: ShanghaiDateTimeSchema,
  deadline: v.nullable(DeadlineSchema),
  /** The steps without the departments' notes (they may name people or documents). */
  progress: v.array(
    v.object({
      at: ShanghaiDateTimeSchema,
      status: CaseStatusSchema,
      node: v.string(),
      department: v.string(),
    }),
  ),
})
export type CaseLookupResult = v.InferOutput<typeof CaseLookupResultSchema>

// ---------------------------------------------------------------------------------------------------------
// POST /cases/{caseId}/supplements — what 补正 asked for, as uploaded files (POST /uploads).
// ---------------------------------------------------------------------------------------------------------

export const SupplementRequestSchema = v.object({
  materials: v.pipe(
    v.array(
      v.object({
        materialId: v.string(),
        fileIds: v.pipe(
          v.array(v.string()),
          v.minLength(1, '请上传这项材料'),
          v.maxLength(MAX_FILES_PER_MATERIAL, `每项材料最多${MAX_FILES_PER_MATERIAL}个文件`),
        ),
      }),
    ),
    v.minLength(1, '请上传需要补正的材料'),
  ),
  note: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(200, '说明最多200个字'))),
})
export type SupplementRequest = v.InferInput<typeof SupplementRequestSchema>

// ---------------------------------------------------------------------------------------------------------
// POST /cases/{caseId}/subscriptions — consent to be told about the next status change: one-time WeChat
// subscribe messages (the template ids the citizen accepted), or on H5 an SMS to the login phone.
// ---------------------------------------------------------------------------------------------------------

export const CaseSubscriptionRequestSchema = v.object({
  templateIds: v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.maxLength(3, '一次最多订阅3条消息')),
})
export type CaseSubscriptionRequest = v.InferInput<typeof CaseSubscriptionRequestSchema>

export const CaseSubscriptionSchema = v.object({
  caseId: v.string(),
  channel: v.picklist(['wechat', 'sms']),
  /** Status changes still to be told (one per accepted template; one SMS). */
  remaining: v.number(),
})
export type CaseSubscription = v.InferOutput<typeof CaseSubscriptionSchema>

// ---------------------------------------------------------------------------------------------------------
// Simulator only (POST /__sim/cases, /__sim/cases/{id}/advance): a hall window and a department at work.
// The app never calls these.
// ---------------------------------------------------------------------------------------------------------

export const SimCaseCreateRequestSchema = v.object({
  phone: v.pipe(v.string(), v.check(isMainlandMobile, '请输入正确的11位手机号')),
  itemId: v.pipe(v.string(), v.minLength(1, '请填写事项')),
  /** Where the case is walked to through legal transitions; default `accepted`. */
  status: v.optional(CaseStatusSchema),
})
export type SimCaseCreateRequest = v.InferInput<typeof SimCaseCreateRequestSchema>

export const SimCaseCreatedSchema = v.object({ caseId: v.string(), caseNo: v.string() })

export const SimCaseAdvanceRequestSchema = v.object({
  to: CaseStatusSchema,
  note: v.optional(v.pipe(v.string(), v.maxLength(200))),
  /** For `completed`: the decision; default approved. */
  result: v.optional(v.picklist(CASE_RESULTS)),
  /** For `supplement_required`: the names of what is missing; default: one copy of the ID card. */
  materials: v.optional(v.pipe(v.array(v.pipe(v.string(), v.minLength(1))), v.minLength(1))),
})
export type SimCaseAdvanceRequest = v.InferInput<typeof SimCaseAdvanceRequestSchema>
