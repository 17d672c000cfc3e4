import { randomInt } from 'node:crypto'

import { type Page, PageQuerySchema } from '../../types/api/common'
import {
  CASE_LOOKUP_LIMIT,
  CASE_STATUS_LABELS,
  CASE_TRANSITIONS,
  type CaseDetail,
  CaseListQuerySchema,
  type CaseLookupResult,
  CaseLookupQuerySchema,
  type CaseStatus,
  type CaseSubscription,
  CaseSubscriptionRequestSchema,
  type CaseSummary,
  type PendingAction,
  SimCaseAdvanceRequestSchema,
  SimCaseCreateRequestSchema,
  SupplementRequestSchema,
} from '../../types/api/cases'
import { shanghaiDate } from '../../types/rules/calendar'
import { computeDeadline, supplementDueDate } from '../../types/rules/deadline'
import { maskName, maskPhone } from '../../types/rules/mask'
import { rateBefore } from '../../types/rules/ratings'
import { toShanghaiIso } from '../framework/clock'
import type { Feature, SimContext } from '../framework/context'
import { ApiError, validationFailed } from '../framework/errors'
import { json, type SimRequest } from '../framework/http'
import { getOwn } from '../framework/records'
import type { RateRule } from '../framework/rateLimit'
import { parseBody, parseQuery } from '../framework/validate'
import { PLATFORM_CALENDAR } from '../seed/calendar'
import {
  actingDepartment,
  CASE_NODES,
  type CaseRecord,
  caseId,
  ensureSeeded,
  isApplicant,
} from '../seed/cases'
import { findItem } from '../seed/catalog'
import type { Citizen } from '../seed/identity'
import { findHall } from '../seed/halls'
import { rateableSubject, ratingOfSubject, recordDefaultRatings } from '../seed/ratings'
import { requireCitizen } from './identity'
import { ownUpload } from './uploads'

const calendar = PLATFORM_CALENDAR

/** Anonymous lookups: failures are counted per case number and per client, so numbers cannot be tried out. */
export const LOOKUP_LIMITS: Record<'perCase' | 'perClient', RateRule> = {
  perCase: {
    limit: CASE_LOOKUP_LIMIT.failuresPerCaseNo,
    windowSeconds: CASE_LOOKUP_LIMIT.windowSeconds,
    message: '这个办件编号查询错误次数过多，请1小时后再试，或拨打12345咨询',
  },
  perClient: { limit: 20, windowSeconds: 3600, message: '查询错误次数过多，请1小时后再试，或拨打12345咨询' },
}

const DEFAULT_PAGE_SIZE = 20

export function todayOf(ctx: SimContext): string {
  return shanghaiDate(ctx.clock.now())
}

/**
 * Every case or rating route starts here: the seed cases are laid out on the clock (once after a reset) and
 * ratings whose window has closed get their default 基本满意.
 */
export function prepareCases(ctx: SimContext): void {
  const seeded = ensureSeeded(ctx.state, calendar, ctx.clock.nowMs())
  const defaults = recordDefaultRatings(ctx.state, calendar, todayOf(ctx))
  if (seeded || defaults > 0) ctx.persist()
}

/** The citizen's own case, or 404 for a case that is unknown or someone else's (the same to the caller). */
export function ownCase(ctx: SimContext, citizen: Citizen, id: string): CaseRecord {
  const record = getOwn(ctx.state.cases.records, id)
  if (!record || !isApplicant(record, citizen)) throw new ApiError(404, 'NOT_FOUND', '没有找到这件办件')
  return record
}

// ---------------------------------------------------------------------------------------------------------
// Lists: keyset pages, so a case that moves while the citizen scrolls is neither skipped nor repeated twice
// ---------------------------------------------------------------------------------------------------------

/**
 * One page of `items`, which are sorted by `keyOf` in `order`. The cursor is the key of the last item sent,
 * so the next page starts after it even if items were added or removed meanwhile.
 */
export function pageOf<T>(
  items: readonly T[],
  keyOf: (item: T) => string,
  query: { cursor?: string; limit?: number },
  order: 'asc' | 'desc' = 'desc',
): Page<T> {
  let after: string | undefined
  if (query.cursor !== undefined) {
    after = Buffer.from(query.cursor, 'base64url').toString('utf8')
    if (after === '' || Buffer.from(after).toString('base64url') !== query.cursor) {
      throw validationFailed({ cursor: '分页参数不正确，请刷新后重试' })
    }
  }
  const limit = query.limit ?? DEFAULT_PAGE_SIZE
  const rest =
    after === undefined
      ? items
      : items.filter((item) => (order === 'desc' ? keyOf(item) < after : keyOf(item) > after))
  const page = rest.slice(0, limit)
  const last = page[page.length - 1]
  return {
    items: page,
    nextCursor:
      rest.length > limit && last !== undefined ? Buffer.from(keyOf(last)).toString('base64url') : null,
  }
}

export const parsePageQuery = (req: SimRequest) => parseQuery(req, PageQuerySchema)

// ---------------------------------------------------------------------------------------------------------
// Views
// ---------------------------------------------------------------------------------------------------------

function pendingActions(ctx: SimContext, record: CaseRecord): PendingAction[] {
  const actions: PendingAction[] = []
  if (record.status === 'supplement_required' && record.supplement) {
    const { requestedAt, materials, note } = record.supplement
    actions.push({
      kind: 'supplement',
      requestedAt,
      dueDate: supplementDueDate(calendar, requestedAt),
      materials,
      note,
    })
  }
  const subject = rateableSubject(ctx.state, { type: 'case', id: record.id })
  if (subject && !ratingOfSubject(ctx.state.ratings, subject.subject)) {
    actions.push({ kind: 'rate', rateBefore: rateBefore(calendar, subject.finishedAt) })
  }
  return actions
}

export function caseSummary(ctx: SimContext, record: CaseRecord): CaseSummary {
  return {
    caseId: record.id,
    caseNo: record.caseNo,
    itemId: record.itemId,
    itemName: record.itemName,
    department: record.department,
    status: record.status,
    submittedAt: record.createdAt,
    updatedAt: record.updatedAt,
    deadline: computeDeadline(calendar, record.committedWorkingDays, record.timeline, todayOf(ctx)),
    pendingActions: pendingActions(ctx, record),
  }
}

/** The applicant's name: as filed, or from the account that has since verified itself. */
function applicantName(ctx: SimContext, record: CaseRecord): string | null {
  if (record.applicant.name) return record.applicant.name
  const owner = Object.values(ctx.state.identity.citizens).find((c) => isApplicant(record, c))
  return owner?.realName?.name ?? null
}

export function caseDetail(ctx: SimContext, record: CaseRecord): CaseDetail {
  const hall = findHall(record.hallId)
  const name = applicantName(ctx, record)
  const rating = ratingOfSubject(ctx.state.ratings, { type: 'case', id: record.id })
  return {
    ...caseSummary(ctx, record),
    applicant: { nameMasked: name ? maskName(name) : '', phoneMasked: maskPhone(record.applicant.phone) },
    hall: hall ? { hallId: hall.id, name: hall.name } : null,
    contactPhone: hall?.phone ?? '12345',
    timeline: record.timeline,
    result: record.result,
    delivery: record.delivery,
    rating: rating ? { ratingId: rating.id, level: rating.level, isDefault: rating.isDefault } : null,
    subscribed: record.statusAlerts.remaining > 0,
  }
}

function lookupView(ctx: SimContext, record: CaseRecord): CaseLookupResult {
  const name = applicantName(ctx, record)
  return {
    caseNo: record.caseNo,
    itemName: record.itemName,
    department: record.department,
    status: record.status,
    applicantNameMasked: name ? maskName(name) : '',
    submittedAt: record.createdAt,
    updatedAt: record.updatedAt,
    deadline: computeDeadline(calendar, record.committedWorkingDays, record.timeline, todayOf(ctx)),
    progress: record.timeline.map(({ at, status, node, department }) => ({ at, status, node, department })),
  }
}

// ---------------------------------------------------------------------------------------------------------
// The lifecycle, as a department moves a case
// ---------------------------------------------------------------------------------------------------------

function defaultNote(record: CaseRecord, to: CaseStatus, options: AdvanceOptions): string {
  switch (to) {
    case 'accepted':
      if (record.status === 'supplement_required') return '补正材料已收到，恢复办理，办理时限继续计算。'
      return record.committedWorkingDays === 0
        ? '申请材料齐全，予以受理，当场办理。'
        : `申请材料齐全，予以受理。承诺${record.committedWorkingDays}个工作日内办结。`
    case 'rejected':
      return '经审查不符合受理条件，不予受理。详见《不予受理决定书》，如有疑问请致电窗口。'
    case 'supplement_required':
      return `需要补正${options.materials?.length ?? 1}项材料，请在补正期限内上传，上传后恢复办理。`
    case 'processing':
      return record.status === 'special_procedure'
        ? '特别程序已结束，恢复办理，办理时限继续计算。'
        : '已转审批部门审核。'
    case 'special_procedure':
      return '进入特别程序（如听证、检验检测、专家评审），期间不计入办理时限。'
    case 'completed':
      return options.result === 'denied' ? '经审核不予批准，详见决定书。' : '审核通过，准予办理。'
    case 'delivered':
      return '办理结果已送达。'
    case 'submitted':
      return record.channel === 'online' ? '您已在通通办提交申请，等待窗口受理。' : '您已在窗口递交申请材料。'
  }
}

export interface AdvanceOptions {
  note?: string
  result?: 'approved' | 'denied'
  /** For 补正: the names of what is missing. */
  materials?: string[]
}

function illegalTransition(record: CaseRecord, to: CaseStatus): ApiError {
  const allowed = CASE_TRANSITIONS[record.status].map((s) => CASE_STATUS_LABELS[s])
  const from = CASE_STATUS_LABELS[record.status]
  const message = allowed.length
    ? `「${from}」的办件只能变为：${allowed.join('、')}`
    : `「${from}」的办件已经结束，不能再变更`
  return validationFailed({ to: message }, `不能从「${from}」变为「${CASE_STATUS_LABELS[to]}」`)
}

/** Moves a case one legal step, records it in the timeline and tells a subscribed citizen. */
export function advanceCase(
  ctx: SimContext,
  record: CaseRecord,
  to: CaseStatus,
  options: AdvanceOptions = {},
) {
  if (!CASE_TRANSITIONS[record.status].includes(to)) throw illegalTransition(record, to)
  const at = toShanghaiIso(ctx.clock.now())
  const note = options.note ?? defaultNote(record, to, options)
  const hall = findHall(record.hallId)?.name ?? '政务服务中心'

  if (to === 'supplement_required') {
    const listed = findItem(record.itemId)?.materials ?? []
    const names = options.materials ?? listed.slice(0, 1).map((m) => m.name)
    record.supplement = {
      requestedAt: at,
      // A material of the item's guide keeps its id, so an application's upload can be matched to it.
      materials: (names.length > 0 ? names : ['申请人有效身份证件']).map((name, i) => ({
        materialId: listed.find((m) => m.name === name)?.id ?? `m-supplement-${i + 1}`,
        name,
        reason: '请上传清晰、完整的材料照片或扫描件。',
      })),
      note,
    }
  } else {
    record.supplement = null
  }
  if (to === 'completed') {
    record.result = { outcome: options.result ?? 'approved', note }
    record.delivery = {
      method: 'window',
      detail: `${hall}统一出件窗口领取，请带上本人身份证`,
      deliveredAt: null,
    }
  }
  if (to === 'delivered' && record.delivery) record.delivery.deliveredAt = at

  record.status = to
  record.updatedAt = at
  record.timeline.push({
    at,
    status: to,
    node: CASE_NODES[to],
    department: actingDepartment(record, to),
    note,
  })

  const alerts = record.statusAlerts
  if (alerts.remaining > 0) {
    alerts.sent.push({ at, status: to })
    alerts.remaining--
  }
}

function newCaseNo(ctx: SimContext, date: string): string {
  const taken = new Set(Object.values(ctx.state.cases.records).map((r) => r.caseNo))
  for (;;) {
    // Random, not sequential: a number must not lead to its neighbours.
    const caseNo = `ZT${date.replace(/-/g, '')}${String(randomInt(0, 1_000_000)).padStart(6, '0')}`
    if (!taken.has(caseNo)) return caseNo
  }
}

export interface NewCase {
  itemId: string
  applicant: CaseRecord['applicant']
  channel: CaseRecord['channel']
  hallId: string
}

/** Files a case (status `submitted`). The applications feature files online ones through this too. */
export function createCase(ctx: SimContext, input: NewCase): CaseRecord {
  const item = findItem(input.itemId)
  if (!item) throw validationFailed({ itemId: '没有这个事项' })
  const at = toShanghaiIso(ctx.clock.now())
  const record: CaseRecord = {
    id: caseId(ctx.state.cases.nextSeq++),
    caseNo: newCaseNo(ctx, at.slice(0, 10)),
    itemId: input.itemId,
    itemName: item.name,
    department: item.department,
    committedWorkingDays: item.committedWorkingDays,
    channel: input.channel,
    applicant: input.applicant,
    hallId: input.hallId,
    status: 'submitted',
    timeline: [],
    supplement: null,
    supplements: [],
    result: null,
    delivery: null,
    statusAlerts: { channel: 'sms', remaining: 0, sent: [] },
    createdAt: at,
    updatedAt: at,
  }
  record.timeline.push({
    at,
    status: 'submitted',
    node: CASE_NODES.submitted,
    department: actingDepartment(record, 'submitted'),
    note: defaultNote(record, 'submitted', {}),
  })
  ctx.state.cases.records[record.id] = record
  return record
}

/** The shortest legal path from `submitted` to `target` (the statuses to pass through, target last). */
function pathTo(target: CaseStatus): CaseStatus[] {
  const previous = new Map<CaseStatus, CaseStatus>()
  const queue: CaseStatus[] = ['submitted']
  while (queue.length > 0) {
    const status = queue.shift() as CaseStatus
    if (status === target) break
    for (const next of CASE_TRANSITIONS[status]) {
      if (next !== 'submitted' && !previous.has(next)) {
        previous.set(next, status)
        queue.push(next)
      }
    }
  }
  const path: CaseStatus[] = []
  for (let status = target; status !== 'submitted'; status = previous.get(status) as CaseStatus) {
    path.unshift(status)
  }
  return path
}

function clientKey(req: SimRequest): string {
  // Behind the platform's gateway the client address arrives here; the simulator alone sees only loopback.
  const forwarded = req.headers['x-forwarded-for']
  const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim()
  return first || 'direct'
}

// ---------------------------------------------------------------------------------------------------------
// Routes
// ---------------------------------------------------------------------------------------------------------

export const casesFeature: Feature = {
  name: 'cases',
  register(router, ctx) {
    router.get('/cases', (req) => {
      const citizen = requireCitizen(ctx, req)
      const query = parseQuery(req, CaseListQuerySchema)
      prepareCases(ctx)
      const statuses = query.status && query.status.length > 0 ? new Set(query.status) : null
      const mine = Object.values(ctx.state.cases.records)
        .filter((record) => isApplicant(record, citizen) && (!statuses || statuses.has(record.status)))
        .sort((a, b) => listKey(b).localeCompare(listKey(a)))
      const page = pageOf(mine, listKey, query)
      return json(200, { items: page.items.map((r) => caseSummary(ctx, r)), nextCursor: page.nextCursor })
    })

    router.get('/cases/lookup', (req) => {
      const { caseNo, verifier } = parseQuery(req, CaseLookupQuerySchema)
      const caseKey = `case-lookup:${caseNo}`
      const clientLimitKey = `case-lookup-client:${clientKey(req)}`
      ctx.rateLimit.check(caseKey, LOOKUP_LIMITS.perCase)
      ctx.rateLimit.check(clientLimitKey, LOOKUP_LIMITS.perClient)
      prepareCases(ctx)
      const record = Object.values(ctx.state.cases.records).find((r) => r.caseNo === caseNo)
      if (!record || record.applicant.phone.slice(-4) !== verifier) {
        ctx.rateLimit.record(caseKey, LOOKUP_LIMITS.perCase)
        ctx.rateLimit.record(clientLimitKey, LOOKUP_LIMITS.perClient)
        // One answer for an unknown number and a wrong phone: a failure tells nothing about the number.
        throw new ApiError(404, 'NOT_FOUND', '办件编号或手机号后4位不正确，请核对回执后重试')
      }
      return json(200, lookupView(ctx, record))
    })

    router.get('/cases/:caseId', (req) => {
      const citizen = requireCitizen(ctx, req)
      prepareCases(ctx)
      return json(200, caseDetail(ctx, ownCase(ctx, citizen, req.params.caseId)))
    })

    router.post(
      '/cases/:caseId/supplements',
      ctx.idempotent((req) => {
        const citizen = requireCitizen(ctx, req)
        prepareCases(ctx)
        const record = ownCase(ctx, citizen, req.params.caseId)
        const request = record.status === 'supplement_required' ? record.supplement : null
        // Nothing in the body is wrong: the case is not (or no longer) waiting for 补正 — a state conflict.
        if (!request) throw new ApiError(409, 'CONFLICT', '这件办件目前不需要补正材料，请刷新后查看')
        const body = parseBody(req, SupplementRequestSchema)

        const fields: Record<string, string> = {}
        body.materials.forEach((material, i) => {
          if (!request.materials.some((m) => m.materialId === material.materialId)) {
            fields[`materials.${i}.materialId`] = '这不是本次需要补正的材料'
          }
          material.fileIds.forEach((fileId, j) => {
            if (!ownUpload(ctx.state.uploads, citizen.id, fileId)) {
              fields[`materials.${i}.fileIds.${j}`] = '文件已失效，请重新上传'
            }
          })
        })
        const missing = request.materials.filter(
          (m) => !body.materials.some((given) => given.materialId === m.materialId),
        )
        if (missing.length > 0) fields.materials = `还需要上传：${missing.map((m) => m.name).join('、')}`
        if (Object.keys(fields).length > 0) throw validationFailed(fields)

        record.supplements.push({
          at: toShanghaiIso(ctx.clock.now()),
          materials: body.materials,
          note: body.note ?? '',
        })
        const names = request.materials.map((m) => m.name).join('、')
        advanceCase(ctx, record, 'accepted', {
          note: `已收到补正材料（${names}），恢复办理，办理时限继续计算。`,
        })
        return json(200, caseDetail(ctx, record))
      }),
    )

    router.post('/cases/:caseId/subscriptions', (req) => {
      const citizen = requireCitizen(ctx, req)
      prepareCases(ctx)
      const record = ownCase(ctx, citizen, req.params.caseId)
      const { templateIds } = parseBody(req, CaseSubscriptionRequestSchema)
      if (CASE_TRANSITIONS[record.status].length === 0) {
        throw new ApiError(409, 'CONFLICT', '这件办件已经办完，不会再有状态变化')
      }
      if (templateIds.length === 0 && !citizen.phone) {
        throw validationFailed({ templateIds: '请允许微信消息提醒，或先绑定手机号接收短信提醒' })
      }
      record.statusAlerts.channel = templateIds.length > 0 ? 'wechat' : 'sms'
      // WeChat sends one message per accepted template; the SMS fallback tells the next change.
      record.statusAlerts.remaining = Math.max(record.statusAlerts.remaining, templateIds.length || 1)
      const answer: CaseSubscription = {
        caseId: record.id,
        channel: record.statusAlerts.channel,
        remaining: record.statusAlerts.remaining,
      }
      return json(201, answer)
    })

    router.post('/__sim/cases', (req) => {
      const { phone, itemId, status } = parseBody(req, SimCaseCreateRequestSchema)
      prepareCases(ctx)
      const citizen = Object.values(ctx.state.identity.citizens).find((c) => c.phone === phone)
      const record = createCase(ctx, {
        itemId,
        applicant: { userId: citizen?.id ?? null, phone, name: citizen?.realName?.name ?? null },
        channel: 'window',
        hallId: 'hall-city',
      })
      for (const step of pathTo(status ?? 'accepted')) advanceCase(ctx, record, step)
      return json(201, { caseId: record.id, caseNo: record.caseNo })
    })

    router.post('/__sim/cases/:caseId/advance', (req) => {
      prepareCases(ctx)
      const record = getOwn(ctx.state.cases.records, req.params.caseId)
      if (!record) throw new ApiError(404, 'NOT_FOUND', '没有找到这件办件')
      const { to, note, result, materials } = parseBody(req, SimCaseAdvanceRequestSchema)
      advanceCase(ctx, record, to, { note, result, materials })
      return json(200, caseDetail(ctx, record))
    })
  },
}

/** Most recent activity first; the id breaks ties so the order (and the cursor) is total. */
function listKey(record: CaseRecord): string {
  return `${record.updatedAt}|${record.id}`
}
