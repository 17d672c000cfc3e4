import {
  type PendingRating,
  type Rating,
  RatingAppendRequestSchema,
  RatingOptionsQuerySchema,
  RatingRequestSchema,
  SimFollowUpRequestSchema,
} from '../../types/api/ratings'
import {
  canAppend,
  canMoveFollowUp,
  followUpDueDate,
  isBadRating,
  rateBefore,
  ratingInputErrors,
} from '../../types/rules/ratings'
import { toShanghaiIso } from '../framework/clock'
import type { Feature, SimContext } from '../framework/context'
import { ApiError, validationFailed } from '../framework/errors'
import { json } from '../framework/http'
import { getOwn } from '../framework/records'
import { parseBody, parseQuery } from '../framework/validate'
import { PLATFORM_CALENDAR } from '../seed/calendar'
import type { Citizen } from '../seed/identity'
import {
  finishedSubjects,
  RATING_OPTIONS,
  rateableSubject,
  type RatingRecord,
  ratingId,
  ratingOfSubject,
} from '../seed/ratings'
import { pageOf, parsePageQuery, prepareCases } from './cases'
import { requireCitizen } from './identity'

/** 好差评: options, what is still to rate, rating once, the 差评 follow-up and the one 追评. */

const calendar = PLATFORM_CALENDAR

function notRateable(message: string): ApiError {
  return new ApiError(422, 'NOT_RATEABLE', message)
}

export function ratingView(record: RatingRecord): Rating {
  const options = RATING_OPTIONS[record.channel]
  const labelOf = (list: Array<{ id: string; label: string }>, id: string) =>
    list.find((entry) => entry.id === id)?.label ?? id
  return {
    ratingId: record.id,
    subject: record.subject,
    title: record.title,
    reference: record.reference,
    department: record.department,
    channel: record.channel,
    level: record.level,
    indicators: Object.entries(record.indicators).map(([id, score]) => ({
      id,
      label: labelOf(options.indicators, id),
      score,
    })),
    reasons: record.reasons.map((id) => ({ id, label: labelOf(options.reasons, id) })),
    comment: record.comment,
    isDefault: record.isDefault,
    ratedAt: record.ratedAt,
    followUp: record.followUp,
    append: record.append,
    canAppend: canAppend({
      isDefault: record.isDefault,
      level: record.level,
      followUpStatus: record.followUp?.status ?? null,
      appended: record.append !== null,
    }),
  }
}

/** The citizen's rating (of their own case or visit), or 404. */
function ownRating(ctx: SimContext, citizen: Citizen, id: string): RatingRecord {
  const record = getOwn(ctx.state.ratings.records, id)
  const subject = record && rateableSubject(ctx.state, record.subject)
  if (!record || !(record.userId === citizen.id || subject?.isOwner(citizen))) {
    throw new ApiError(404, 'NOT_FOUND', '没有找到这条评价')
  }
  return record
}

export const ratingsFeature: Feature = {
  name: 'ratings',
  register(router, ctx) {
    const now = () => toShanghaiIso(ctx.clock.now())

    router.get('/ratings/options', (req) => {
      const { channel } = parseQuery(req, RatingOptionsQuerySchema)
      return json(200, RATING_OPTIONS[channel])
    })

    router.get('/ratings/pending', (req) => {
      const citizen = requireCitizen(ctx, req)
      const query = parsePageQuery(req)
      prepareCases(ctx)
      const pending: PendingRating[] = finishedSubjects(ctx.state)
        .filter((s) => s.isOwner(citizen) && !ratingOfSubject(ctx.state.ratings, s.subject))
        .map((s) => ({
          subject: s.subject,
          title: s.title,
          reference: s.reference,
          department: s.department,
          channel: s.channel,
          finishedAt: s.finishedAt,
          rateBefore: rateBefore(calendar, s.finishedAt),
        }))
        // The window that closes first comes first.
        .sort((a, b) => pendingKey(a).localeCompare(pendingKey(b)))
      return json(200, pageOf(pending, pendingKey, query, 'asc'))
    })

    router.get('/ratings', (req) => {
      const citizen = requireCitizen(ctx, req)
      const query = parsePageQuery(req)
      prepareCases(ctx)
      const mine = Object.values(ctx.state.ratings.records)
        .filter((r) => r.userId === citizen.id || rateableSubject(ctx.state, r.subject)?.isOwner(citizen))
        .sort((a, b) => ratingKey(b).localeCompare(ratingKey(a)))
      const page = pageOf(mine, ratingKey, query)
      return json(200, { items: page.items.map(ratingView), nextCursor: page.nextCursor })
    })

    router.get('/ratings/:ratingId', (req) => {
      const citizen = requireCitizen(ctx, req)
      prepareCases(ctx)
      return json(200, ratingView(ownRating(ctx, citizen, req.params.ratingId)))
    })

    router.post(
      '/ratings',
      ctx.idempotent((req) => {
        const citizen = requireCitizen(ctx, req)
        const body = parseBody(req, RatingRequestSchema)
        prepareCases(ctx)
        const subject = rateableSubject(ctx.state, body.subject)
        if (!subject || !subject.isOwner(citizen)) {
          // Unknown, unfinished or someone else's: one answer, so ids cannot be probed.
          throw notRateable(
            body.subject.type === 'case' ? '只能评价本人已办结的办件' : '只能评价本人已到场办理的预约',
          )
        }
        const existing = ratingOfSubject(ctx.state.ratings, subject.subject)
        if (existing?.isDefault) {
          throw notRateable('评价期已过（办结后5个工作日内），系统已记为"基本满意"')
        }
        if (existing) throw new ApiError(409, 'ALREADY_RATED', '您已评价过，可以在评价详情里追评')

        const options = RATING_OPTIONS[subject.channel]
        const errors = ratingInputErrors(options, body)
        if (Object.keys(errors).length > 0) throw validationFailed(errors)

        const ratedAt = now()
        const bad = isBadRating(body.level)
        const record: RatingRecord = {
          id: ratingId(ctx.state.ratings.nextSeq++),
          userId: citizen.id,
          subject: subject.subject,
          channel: subject.channel,
          title: subject.title,
          reference: subject.reference,
          department: subject.department,
          level: body.level,
          indicators: body.indicators ?? {},
          // Reasons explain a 差评; on a good rating there is nothing to follow up.
          reasons: bad ? (body.reasons ?? []) : [],
          comment: body.comment ?? '',
          isDefault: false,
          ratedAt,
          followUp: bad
            ? { status: 'pending_verification', dueDate: followUpDueDate(calendar, ratedAt), updates: [] }
            : null,
          append: null,
        }
        ctx.state.ratings.records[record.id] = record
        return json(201, ratingView(record))
      }),
    )

    router.post(
      '/ratings/:ratingId/append',
      ctx.idempotent((req) => {
        const citizen = requireCitizen(ctx, req)
        const { comment } = parseBody(req, RatingAppendRequestSchema)
        prepareCases(ctx)
        const record = ownRating(ctx, citizen, req.params.ratingId)
        if (record.append) throw new ApiError(409, 'ALREADY_RATED', '每条评价只能追评一次')
        const view = ratingView(record)
        if (!view.canAppend) {
          throw new ApiError(
            409,
            'CONFLICT',
            record.isDefault ? '系统默认评价不能追评' : '部门答复后，才能追评',
          )
        }
        record.append = { at: now(), comment }
        return json(200, ratingView(record))
      }),
    )

    // The department's side of a 差评: 核实 → 整改 → 已整改 → 回访, each with a reply to the citizen.
    router.post('/__sim/ratings/:ratingId/follow-up', (req) => {
      const { status, reply, department } = parseBody(req, SimFollowUpRequestSchema)
      prepareCases(ctx)
      const record = getOwn(ctx.state.ratings.records, req.params.ratingId)
      if (!record) throw new ApiError(404, 'NOT_FOUND', '没有找到这条评价')
      if (!record.followUp) throw validationFailed({ status: '只有差评需要整改回访' })
      if (!canMoveFollowUp(record.followUp.status, status)) {
        throw validationFailed({ status: '整改状态只能向前推进：待核实→整改中→已整改→已回访' })
      }
      record.followUp.status = status
      record.followUp.updates.push({
        at: now(),
        status,
        department: department ?? record.department,
        reply,
      })
      return json(200, ratingView(record))
    })
  },
}

/** Soonest deadline first (unknown deadlines last), then the oldest. */
function pendingKey(item: PendingRating): string {
  return `${item.rateBefore ?? '9999-12-31'}|${item.finishedAt}|${item.subject.type}:${item.subject.id}`
}

function ratingKey(record: RatingRecord): string {
  return `${record.ratedAt}|${record.id}`
}
