import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import { pageSchema } from '../../types/api/common'
import { FeedbackTicketSchema } from '../../types/api/feedback'
import { simCase } from '../testing/cases'
import { simLogin, startTestSimulator } from '../testing/client'

const NOW = '2026-11-23T10:00:00+08:00'
const ZHANG = '13887001234'
const LI = '15887012345'

const REPORT = {
  kind: 'cannot_get_done',
  content: '想给孩子办出生登记，窗口说要先去社区开证明，社区又说不归他们管。',
  hallId: 'hall-zhaoyang',
  place: '3号综合窗口',
}

describe('办不成事反映 (POST /feedback, GET /feedback)', () => {
  it('gives a ticket number, calls back on the login phone (masked), and lists my tickets only', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const res = await api.post('/feedback', REPORT, { token })
    assert.equal(res.status, 201)
    assert.ok(v.is(FeedbackTicketSchema, res.body))
    assert.match(res.body.ticketNo, /^GD20261123\d{5}$/)
    assert.equal(res.body.status, 'received')
    assert.equal(res.body.contactPhoneMasked, '138****1234')
    assert.deepEqual(res.body.hall, { hallId: 'hall-zhaoyang', name: '昭阳区政务服务中心' })
    assert.equal(res.body.updates.length, 1)

    const mine = await api.get('/feedback', { token })
    assert.ok(v.is(pageSchema(FeedbackTicketSchema), mine.body))
    assert.deepEqual(
      mine.body.items.map((ticket: { ticketId: string }) => ticket.ticketId),
      [res.body.ticketId],
    )
    const others = await api.get('/feedback', { token: await simLogin(api, LI) })
    assert.deepEqual(others.body.items, [])
    assert.equal((await api.get('/feedback')).status, 401)
  })

  it('explains what to fix, field by field', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const short = await api.post('/feedback', { ...REPORT, content: '办不了' }, { token })
    assert.equal(short.status, 422)
    assert.match(short.body.details.fields.content, /至少10个字/)
    const phone = await api.post('/feedback', { ...REPORT, contactPhone: '12345' }, { token })
    assert.ok(phone.body.details.fields.contactPhone)
    const hall = await api.post('/feedback', { ...REPORT, hallId: 'hall-nowhere' }, { token })
    assert.ok(hall.body.details.fields.hallId)
    const kind = await api.post('/feedback', { ...REPORT, kind: 'praise' }, { token })
    assert.equal(kind.status, 400)
  })

  it('links one of my cases by its number, and refuses someone else’s', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const mine = await simCase(api, ZHANG, 'i-passport')
    const theirs = await simCase(api, LI, 'i-passport')
    const linked = await api.post('/feedback', { ...REPORT, caseId: mine.caseId }, { token })
    assert.equal(linked.body.caseNo, mine.caseNo)
    assert.equal(linked.body.caseId, mine.caseId)
    const refused = await api.post('/feedback', { ...REPORT, caseId: theirs.caseId }, { token })
    assert.equal(refused.status, 422)
    assert.ok(refused.body.details.fields.caseId)
  })

  it('is idempotent, and the 12345 loop moves the ticket forward only', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG)
    const headers = { 'Idempotency-Key': 'feedback-1' }
    const first = await api.post('/feedback', REPORT, { token, headers })
    const retry = await api.post('/feedback', REPORT, { token, headers })
    assert.equal(retry.body.ticketNo, first.body.ticketNo)
    assert.equal((await api.get('/feedback', { token })).body.items.length, 1)

    const id = first.body.ticketId
    const assigned = await api.post(`/__sim/feedback/${id}/advance`, {
      status: 'assigned',
      note: '已交办昭阳区公安分局户政科',
    })
    assert.equal(assigned.status, 200)
    assert.equal(assigned.body.status, 'assigned')
    const back = await api.post(`/__sim/feedback/${id}/advance`, { status: 'received', note: '退回' })
    assert.equal(back.status, 422)
    const listed = (await api.get('/feedback', { token })).body.items[0]
    assert.deepEqual(
      listed.updates.map((u: { status: string }) => u.status),
      ['received', 'assigned'],
    )
  })
})
