import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import { DraftConflictDetailsSchema, DraftSchema } from '../../types/api/drafts'
import { simLogin, startTestSimulator } from '../testing/client'

const NOW = '2026-03-02T10:00:00+08:00'
const WANG = '13908701111'
const ZHANG = '13887001234'

function draft(updatedAt: string, name = '王小雨') {
  return {
    targetId: 'b-newborn',
    answers: { child_age: 'under1' },
    formData: { 'newborn.name': name, 'otherParent.idNumber': '530627198203150029' },
    unlocked: ['applicant.householdAddress'],
    materials: [
      {
        materialId: 'm-parents-id-cards',
        via: 'upload',
        files: [{ fileId: 'file-1', name: '身份证.jpg', size: 1024, mime: 'image/jpeg' }],
      },
      { materialId: 'm-marriage-certificate', via: 'license', licenseId: 'lic-marriage_certificate-1' },
    ],
    idempotencyKey: 'c1f0a8e2-2f4b-4d3e-9a51-5f0d2b7e9c11',
    updatedAt,
  }
}

describe('GET/PUT/DELETE /drafts/{targetId}', () => {
  it('keeps the citizen’s draft as sent, for them only', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    assert.equal((await api.get('/drafts/b-newborn', { token })).status, 404)
    const saved = await api.request('PUT', '/drafts/b-newborn', {
      token,
      body: draft('2026-03-02T10:00:00+08:00'),
    })
    assert.equal(saved.status, 200)
    const read = await api.get('/drafts/b-newborn', { token })
    assert.ok(v.is(DraftSchema, read.body))
    assert.deepEqual(read.body, draft('2026-03-02T10:00:00+08:00'))
    assert.equal((await api.get('/drafts/b-newborn', { token: await simLogin(api, ZHANG) })).status, 404)
    assert.equal((await api.get('/drafts/b-newborn')).status, 401)
  })

  it('last write wins by updatedAt: an older save is refused with the time of the newer one', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const put = (body: object) => api.request('PUT', '/drafts/b-newborn', { token, body })
    assert.equal((await put(draft('2026-03-02T10:05:00+08:00', '王小雨'))).status, 200)
    const stale = await put(draft('2026-03-02T10:04:59.500+08:00', '王小雪'))
    assert.equal(stale.status, 409)
    assert.equal(stale.body.code, 'CONFLICT')
    assert.ok(v.is(DraftConflictDetailsSchema, stale.body.details))
    assert.equal(stale.body.details.updatedAt, '2026-03-02T10:05:00+08:00')
    assert.equal((await api.get('/drafts/b-newborn', { token })).body.formData['newborn.name'], '王小雨')
    assert.equal((await put(draft('2026-03-02T10:06:00+08:00', '王小雪'))).status, 200)
    assert.equal((await api.get('/drafts/b-newborn', { token })).body.formData['newborn.name'], '王小雪')
  })

  it('refuses a 51st draft as a state conflict (409 CONFLICT with the limit), and still saves the 50 kept', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const entries = (await api.get('/catalog/index')).body.entries as Array<{ id: string }>
    const ids = entries.map((e) => e.id).slice(0, 51)
    const put = (targetId: string, updatedAt = NOW) =>
      api.request('PUT', `/drafts/${targetId}`, {
        token,
        body: { ...draft(updatedAt), targetId, answers: {}, formData: {}, materials: [] },
      })
    for (const id of ids.slice(0, 50)) assert.equal((await put(id)).status, 200, id)
    const full = await put(ids[50])
    assert.equal(full.status, 409)
    assert.equal(full.body.code, 'CONFLICT')
    assert.match(full.body.message, /最多保存50份/)
    assert.deepEqual(full.body.details, { maxDrafts: 50 })
    // Not a newer copy elsewhere: the app must not offer one.
    assert.ok(!v.is(DraftConflictDetailsSchema, full.body.details))
    assert.equal((await put(ids[0], '2026-03-02T10:01:00+08:00')).status, 200)
    assert.equal((await api.request('DELETE', `/drafts/${ids[0]}`, { token })).status, 204)
    assert.equal((await put(ids[50])).status, 200)
  })

  it('refuses bad bodies: wrong shape 400, wrong values 422, another target 422, unknown target 404', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    const put = (path: string, body: unknown) => api.request('PUT', path, { token, body })
    assert.equal((await put('/drafts/b-newborn', [draft(NOW)])).status, 400)
    assert.equal((await put('/drafts/b-newborn', { ...draft(NOW), formData: { a: 1 } })).status, 400)
    assert.equal(
      (await put('/drafts/b-newborn', { ...draft(NOW), materials: [{ materialId: 'm', via: 'fax' }] }))
        .status,
      400,
    )
    const badTime = await put('/drafts/b-newborn', { ...draft(NOW), updatedAt: '2026-03-02 10:00' })
    assert.equal(badTime.status, 422)
    assert.ok(badTime.body.details.fields.updatedAt)
    const other = await put('/drafts/b-freight-company', draft(NOW))
    assert.deepEqual(other.body.details.fields, { targetId: '草稿与要办的事项不一致' })
    assert.equal((await put('/drafts/b-nope', { ...draft(NOW), targetId: 'b-nope' })).status, 404)
  })

  it('deletes a draft, and deleting nothing is fine', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG)
    await api.request('PUT', '/drafts/b-newborn', { token, body: draft(NOW) })
    assert.equal((await api.request('DELETE', '/drafts/b-newborn', { token })).status, 204)
    assert.equal((await api.get('/drafts/b-newborn', { token })).status, 404)
    assert.equal((await api.request('DELETE', '/drafts/b-newborn', { token })).status, 204)
  })
})
