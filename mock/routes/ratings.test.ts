import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import { CaseDetailSchema } from '../../types/api/cases'
import { pageSchema } from '../../types/api/common'
import { PendingRatingSchema, RatingOptionsSchema, RatingSchema } from '../../types/api/ratings'
import { setClock, simCase } from '../testing/cases'
import { type Api, simLogin, startTestSimulator } from '../testing/client'

const NOW = '2026-11-23T10:00:00+08:00'
const ZHANG = '13887001234'
const LI = '15887012345'

const GOOD = { level: 5, indicators: { efficiency: 5, guide: 4 }, comment: '很快' }
const BAD = { level: 2, reasons: ['slow'], comment: '等了很久' }

async function completedCase(api: Api, phone = ZHANG) {
  return (await simCase(api, phone, 'i-passport', 'completed')).caseId
}

function rate(api: Api, token: string, caseId: string, body: object, headers?: Record<string, string>) {
  return api.post('/ratings', { subject: { type: 'case', id: caseId }, ...body }, { token, headers })
}

describe('GET /ratings/options', () => {
  it('gives five levels and the indicators and reasons of each channel', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const online = await api.get('/ratings/options?channel=online')
    assert.equal(online.status, 200)
    assert.ok(v.is(RatingOptionsSchema, online.body))
    assert.deepEqual(
      online.body.levels.map((l: { label: string }) => l.label),
      ['非常满意', '满意', '基本满意', '不满意', '非常不满意'],
    )
    assert.deepEqual(
      online.body.indicators.map((i: { label: string }) => i.label),
      ['办事效率', '指南准确度', '便捷度', '平台易用性'],
    )
    const onsite = await api.get('/ratings/options?channel=onsite')
    assert.deepEqual(
      onsite.body.indicators.map((i: { label: string }) => i.label),
      ['服务效率', '服务水平', '服务态度'],
    )
    assert.ok(onsite.body.reasons.length > 0)
    assert.equal((await api.get('/ratings/options?channel=fax')).status, 400)
    assert.equal((await api.get('/ratings/options')).status, 422)
  })
})

describe('POST /ratings (一事一评)', () => {
  it('rates a completed case once: 201, off the pending list, on the case; a second try is 409', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const caseId = await completedCase(api)
    const pending = await api.get('/ratings/pending', { token })
    assert.ok(v.is(pageSchema(PendingRatingSchema), pending.body))
    const item = pending.body.items.find((p) => p.subject.id === caseId)
    assert.equal(item?.channel, 'online')
    assert.equal(item?.rateBefore, '2026-11-30', '5 working days after Monday 11-23')

    const first = await rate(api, token, caseId, GOOD)
    assert.equal(first.status, 201)
    assert.ok(v.is(RatingSchema, first.body))
    assert.equal(first.body.followUp, null)
    assert.equal(first.body.isDefault, false)
    assert.deepEqual(
      first.body.indicators.map((i: { label: string }) => i.label),
      ['办事效率', '指南准确度'],
    )
    const after = await api.get('/ratings/pending', { token })
    assert.ok(after.body.items.every((p: { subject: { id: string } }) => p.subject.id !== caseId))
    const detail = (await api.get(`/cases/${caseId}`, { token })).body
    assert.ok(v.is(CaseDetailSchema, detail))
    assert.deepEqual(detail.rating, { ratingId: first.body.ratingId, level: 5, isDefault: false })

    const again = await rate(api, token, caseId, { level: 4 })
    assert.equal(again.status, 409)
    assert.equal(again.body.code, 'ALREADY_RATED')
  })

  it('refuses an unfinished case, someone else’s and an unknown one with 422 NOT_RATEABLE', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const { caseId: processing } = await simCase(api, ZHANG, 'i-passport', 'processing')
    const others = await completedCase(api, LI)
    for (const id of [processing, others, 'c-9999']) {
      const res = await rate(api, token, id, GOOD)
      assert.equal(res.status, 422, id)
      assert.equal(res.body.code, 'NOT_RATEABLE')
    }
    const appointment = await api.post(
      '/ratings',
      { subject: { type: 'appointment', id: 'a-404' }, ...GOOD },
      { token },
    )
    assert.equal(appointment.body.code, 'NOT_RATEABLE')
    assert.equal((await rate(api, '', processing, GOOD)).status, 401)
  })

  it('needs a listed reason for a 差评 and opens a follow-up for it', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const caseId = await completedCase(api)
    const noReason = await rate(api, token, caseId, { level: 1, comment: '太慢' })
    assert.equal(noReason.status, 422)
    assert.equal(noReason.body.code, 'VALIDATION_FAILED')
    assert.match(noReason.body.details.fields.reasons, /至少选择一项/)
    const onsiteReason = await rate(api, token, caseId, { level: 2, reasons: ['long_wait'] })
    assert.equal(onsiteReason.status, 422, 'an onsite reason on an online rating')
    const badLevel = await rate(api, token, caseId, { level: 6 })
    assert.equal(badLevel.status, 422)
    assert.ok(badLevel.body.details.fields.level)

    const bad = await rate(api, token, caseId, BAD)
    assert.equal(bad.status, 201)
    assert.deepEqual(bad.body.reasons, [{ id: 'slow', label: '办理时间长，超过承诺时限' }])
    assert.equal(bad.body.followUp.status, 'pending_verification')
    assert.equal(bad.body.followUp.dueDate, '2026-12-07', '10 working days')
    assert.equal(bad.body.canAppend, false)
  })

  it('replays a retried POST with the same Idempotency-Key and refuses the key with another body', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const caseId = await completedCase(api)
    const key = { 'Idempotency-Key': 'rate-once-7f3a' }
    const first = await rate(api, token, caseId, GOOD, key)
    const retry = await rate(api, token, caseId, GOOD, key)
    assert.equal(retry.status, 201)
    assert.equal(retry.body.ratingId, first.body.ratingId)
    assert.equal(retry.headers.get('idempotent-replayed'), 'true')
    const changed = await rate(api, token, caseId, { level: 4 }, key)
    assert.equal(changed.status, 409)
    assert.equal(changed.body.code, 'IDEMPOTENCY_CONFLICT')
  })
})

describe('the 差评 follow-up and the 追评', () => {
  it('moves forward with the department’s replies, then takes exactly one 追评', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const caseId = await completedCase(api)
    const { ratingId } = (await rate(api, token, caseId, BAD)).body
    const followUp = (status: string, reply = '已核实') =>
      api.post(`/__sim/ratings/${ratingId}/follow-up`, { status, reply })
    const append = (comment: string) => api.post(`/ratings/${ratingId}/append`, { comment }, { token })

    assert.equal((await append('还没人联系我')).status, 409, 'no 追评 before the department answers')
    const rectifying = await followUp('rectifying', '情况属实，正在整改')
    assert.equal(rectifying.status, 200)
    assert.equal(rectifying.body.canAppend, true, 'the citizen may answer the department')
    assert.equal((await followUp('pending_verification')).status, 422, 'a follow-up never goes back')
    assert.equal((await followUp('rectifying')).status, 422, 'nor stays in place')
    const rectified = await followUp('rectified', '已优化审批流程，承诺时限内办结')
    assert.equal(rectified.body.followUp.status, 'rectified')
    assert.deepEqual(
      rectified.body.followUp.updates.map((u: { status: string; reply: string }) => [u.status, u.reply]),
      [
        ['rectifying', '情况属实，正在整改'],
        ['rectified', '已优化审批流程，承诺时限内办结'],
      ],
    )

    const appended = await append('工作人员打电话解释了，问题解决了')
    assert.equal(appended.status, 200)
    assert.equal(appended.body.append.comment, '工作人员打电话解释了，问题解决了')
    assert.equal(appended.body.canAppend, false)
    assert.equal((await append('再说一句')).status, 409)
    const revisited = await followUp('revisited', '已电话回访，群众表示满意')
    assert.equal(revisited.status, 200)
    assert.equal(revisited.body.append.comment, '工作人员打电话解释了，问题解决了', 'the 追评 stays')

    const read = await api.get(`/ratings/${ratingId}`, { token })
    assert.ok(v.is(RatingSchema, read.body))
    assert.equal(read.body.followUp?.status, 'revisited')
    const stranger = await simLogin(api, LI)
    assert.equal((await api.get(`/ratings/${ratingId}`, { token: stranger })).status, 404)
  })

  it('has no follow-up for a good rating', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const { ratingId } = (await rate(api, token, await completedCase(api), GOOD)).body
    const res = await api.post(`/__sim/ratings/${ratingId}/follow-up`, { status: 'rectifying', reply: 'x' })
    assert.equal(res.status, 422)
    assert.equal((await api.post(`/ratings/${ratingId}/append`, { comment: '补充' }, { token })).status, 200)
  })
})

describe('the default 基本满意 after 5 working days', () => {
  it('is recorded when the window closes, shown as default, and can no longer be changed', async (t) => {
    // Completed on Monday 11-23: rate until Monday 11-30 (5 working days).
    const { api } = await startTestSimulator(t, { now: NOW })
    const caseId = await completedCase(api)
    await setClock(api, '2026-11-30T21:00:00+08:00')
    let token = await simLogin(api, ZHANG)
    const lastDay = await api.get('/ratings/pending', { token })
    assert.ok(lastDay.body.items.some((p: { subject: { id: string } }) => p.subject.id === caseId))

    await setClock(api, '2026-12-01T08:00:00+08:00')
    token = await simLogin(api, ZHANG)
    const pending = await api.get('/ratings/pending', { token })
    assert.ok(pending.body.items.every((p: { subject: { id: string } }) => p.subject.id !== caseId))
    const detail = (await api.get(`/cases/${caseId}`, { token })).body
    assert.equal(detail.rating.isDefault, true)
    assert.equal(detail.rating.level, 3)
    assert.deepEqual(detail.pendingActions, [])

    const rating = (await api.get(`/ratings/${detail.rating.ratingId}`, { token })).body
    assert.equal(rating.isDefault, true)
    assert.equal(rating.ratedAt, '2026-11-30T23:59:59+08:00')
    assert.equal(rating.canAppend, false)
    const late = await rate(api, token, caseId, GOOD)
    assert.equal(late.status, 422)
    assert.equal(late.body.code, 'NOT_RATEABLE')
    const mine = await api.get('/ratings', { token })
    assert.ok(v.is(pageSchema(RatingSchema), mine.body))
    assert.ok(mine.body.items.some((r: { ratingId: string }) => r.ratingId === rating.ratingId))
  })
})

describe('一次一评 for a visit to a hall', () => {
  it('offers an attended appointment on the onsite channel, with its own reasons', async (t) => {
    // The seed visit of 张明华: Saturday 2026-11-14 at 昭通市民之家; rate until Friday 11-20.
    const { api } = await startTestSimulator(t, { now: '2026-11-16T10:00:00+08:00' })
    const token = await simLogin(api, ZHANG)
    const pending = (await api.get('/ratings/pending', { token })).body.items
    const visit = pending.find((p: { subject: { type: string } }) => p.subject.type === 'appointment')
    assert.ok(visit, JSON.stringify(pending))
    assert.equal(visit.channel, 'onsite')
    assert.equal(visit.rateBefore, '2026-11-20')
    assert.match(visit.title, /机动车驾驶证期满换证/)

    const online = await api.post(
      '/ratings',
      { subject: visit.subject, level: 2, reasons: ['slow'] },
      { token },
    )
    assert.equal(online.status, 422, 'an online reason on a visit')
    const res = await api.post(
      '/ratings',
      { subject: visit.subject, level: 1, reasons: ['long_wait'], indicators: { attitude: 1 } },
      { token },
    )
    assert.equal(res.status, 201)
    assert.equal(res.body.channel, 'onsite')
    assert.deepEqual(res.body.indicators, [{ id: 'attitude', label: '服务态度', score: 1 }])
  })

  it('refuses someone else’s visit', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const res = await api.post(
      '/ratings',
      { subject: { type: 'appointment', id: 'a-000002' }, ...GOOD },
      { token },
    )
    assert.equal(res.status, 422)
    assert.equal(res.body.code, 'NOT_RATEABLE')
  })
})
