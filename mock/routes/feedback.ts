import {
  FEEDBACK_STATUSES,
  type FeedbackKind,
  FeedbackRequestSchema,
  type FeedbackStatus,
  type FeedbackTicket,
  SimFeedbackAdvanceRequestSchema,
} from '../../types/api/feedback'
import { maskPhone } from '../../types/rules/mask'
import { toShanghaiIso } from '../framework/clock'
import type { Feature } from '../framework/context'
import { ApiError, validationFailed } from '../framework/errors'
import { json } from '../framework/http'
import { getOwn } from '../framework/records'
import { parseBody } from '../framework/validate'
import { isApplicant } from '../seed/cases'
import { findHall } from '../seed/halls'
import { pageOf, parsePageQuery, prepareCases } from './cases'
import { requireCitizen } from './identity'

/**
 * 办不成事反映 · 投诉 · 建议: the 12345 loop. A submission becomes a ticket (工单) that 12345 assigns to a
 * department; the simulator's /__sim/feedback/{id}/advance plays 12345 and the department.
 */

export interface FeedbackTicketRecord {
  id: string
  ticketNo: string
  userId: string
  kind: FeedbackKind
  content: string
  hallId: string | null
  place: string
  caseId: string | null
  caseNo: string | null
  contactName: string
  /** Kept whole for the call-back, answered masked. */
  contactPhone: string
  status: FeedbackStatus
  createdAt: string
  updatedAt: string
  updates: FeedbackTicket['updates']
}

export interface FeedbackState {
  nextSeq: number
  tickets: Record<string, FeedbackTicketRecord>
}

const HOTLINE = '昭通市12345政务服务便民热线'

function ticketView(record: FeedbackTicketRecord): FeedbackTicket {
  const hall = record.hallId ? findHall(record.hallId) : undefined
  return {
    ticketId: record.id,
    ticketNo: record.ticketNo,
    kind: record.kind,
    content: record.content,
    hall: hall ? { hallId: hall.id, name: hall.name } : null,
    place: record.place,
    caseId: record.caseId,
    caseNo: record.caseNo,
    contactPhoneMasked: record.contactPhone ? maskPhone(record.contactPhone) : '',
    status: record.status,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    updates: record.updates,
  }
}

export const feedbackFeature: Feature = {
  name: 'feedback',
  register(router, ctx) {
    const state = () => ctx.state.feedback

    router.post(
      '/feedback',
      ctx.idempotent((req) => {
        const citizen = requireCitizen(ctx, req)
        const body = parseBody(req, FeedbackRequestSchema)
        prepareCases(ctx)
        const fields: Record<string, string> = {}
        const hallId = body.hallId || null
        if (hallId && !findHall(hallId)) fields.hallId = '请重新选择大厅'
        const related = body.caseId ? getOwn(ctx.state.cases.records, body.caseId) : undefined
        if (body.caseId && (!related || !isApplicant(related, citizen))) fields.caseId = '没有找到这件办件'
        const contactPhone = body.contactPhone || citizen.phone || ''
        if (!contactPhone) fields.contactPhone = '请留下联系电话，方便工作人员回复您'
        if (Object.keys(fields).length > 0) throw validationFailed(fields)

        const at = toShanghaiIso(ctx.clock.now())
        const seq = state().nextSeq++
        const record: FeedbackTicketRecord = {
          id: `f-${String(seq).padStart(4, '0')}`,
          // 工单编号: the date and a running number, as 12345 reads it out on the phone.
          ticketNo: `GD${at.slice(0, 10).replace(/-/g, '')}${String(seq).padStart(5, '0')}`,
          userId: citizen.id,
          kind: body.kind,
          content: body.content,
          hallId,
          place: body.place ?? '',
          caseId: related?.id ?? null,
          caseNo: related?.caseNo ?? null,
          contactName: body.contactName ?? '',
          contactPhone,
          status: 'received',
          createdAt: at,
          updatedAt: at,
          updates: [
            {
              at,
              status: 'received',
              department: HOTLINE,
              note: '您的反映已受理，将在1个工作日内交办到责任部门，处理结果会电话或短信告诉您。',
            },
          ],
        }
        state().tickets[record.id] = record
        return json(201, ticketView(record))
      }),
    )

    router.get('/feedback', (req) => {
      const citizen = requireCitizen(ctx, req)
      const query = parsePageQuery(req)
      const key = (r: FeedbackTicketRecord) => `${r.createdAt}|${r.id}`
      const mine = Object.values(state().tickets)
        .filter((ticket) => ticket.userId === citizen.id)
        .sort((a, b) => key(b).localeCompare(key(a)))
      const page = pageOf(mine, key, query)
      return json(200, { items: page.items.map(ticketView), nextCursor: page.nextCursor })
    })

    router.post('/__sim/feedback/:ticketId/advance', (req) => {
      const { status, note, department } = parseBody(req, SimFeedbackAdvanceRequestSchema)
      const record = getOwn(state().tickets, req.params.ticketId)
      if (!record) throw new ApiError(404, 'NOT_FOUND', '没有找到这张工单')
      if (FEEDBACK_STATUSES.indexOf(status) <= FEEDBACK_STATUSES.indexOf(record.status)) {
        throw validationFailed({ status: '工单状态只能向前推进' })
      }
      const at = toShanghaiIso(ctx.clock.now())
      record.status = status
      record.updatedAt = at
      record.updates.push({ at, status, department: department ?? HOTLINE, note })
      return json(200, ticketView(record))
    })
  },
}
