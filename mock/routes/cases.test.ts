import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import { CaseDetailSchema, CaseLookupResultSchema, CaseSummarySchema } from '../../types/api/cases'
import { pageSchema } from '../../types/api/common'
import { UploadSchema } from '../../types/api/uploads'
import { advance, JPEG, multipart, setClock, simCase, upload } from '../testing/cases'
import { simLogin, startTestSimulator } from '../testing/client'

// A Monday: the seed cases are laid out before it (working days back from 2026-11-23).
const NOW = '2026-11-23T10:00:00+08:00'
const ZHANG = { phone: '13887001234', id: 'u-0001' }
const LI = { phone: '15887012345', id: 'u-0002' }
const WANG = { phone: '13908701111', id: 'u-0003' }

const CaseListSchema = pageSchema(CaseSummarySchema)

describe('my cases', () => {
  it('needs login, and lists only my own cases, in the contract shape', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    assert.equal((await api.get('/cases')).status, 401)
    const token = await simLogin(api, ZHANG.phone)
    const res = await api.get('/cases', { token })
    assert.equal(res.status, 200)
    assert.ok(v.is(CaseListSchema, res.body), JSON.stringify(res.body).slice(0, 500))
    const statuses = res.body.items.map((c: { status: string }) => c.status).sort()
    assert.deepEqual(statuses, [
      'completed',
      'delivered',
      'processing',
      'rejected',
      'submitted',
      'supplement_required',
    ])
    const others = await api.get('/cases', { token: await simLogin(api, LI.phone) })
    const mine = new Set(res.body.items.map((c: { caseId: string }) => c.caseId))
    assert.ok(others.body.items.every((c: { caseId: string }) => !mine.has(c.caseId)))
  })

  it('seeds every status across the seed citizens, with every deadline state', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const all = []
    for (const citizen of [ZHANG, LI, WANG]) {
      const token = await simLogin(api, citizen.phone)
      all.push(...(await api.get('/cases?limit=50', { token })).body.items)
    }
    const statuses = new Set(all.map((c) => c.status))
    for (const status of [
      'submitted',
      'accepted',
      'rejected',
      'supplement_required',
      'processing',
      'special_procedure',
      'completed',
      'delivered',
    ]) {
      assert.ok(statuses.has(status), `no seed case in ${status}`)
    }
    const alerts = new Set(all.filter((c) => c.deadline).map((c) => c.deadline.alert))
    assert.deepEqual([...alerts].sort(), ['normal', 'overdue', 'red', 'yellow'])
    assert.ok(all.some((c) => c.deadline?.paused && c.deadline.pausedFor === 'special_procedure'))
  })

  it('pages with a cursor (limit ≤ 50) and filters by status', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, WANG.phone)
    const seen: string[] = []
    let cursor: string | null = null
    let pages = 0
    do {
      const query: string = cursor ? `?limit=10&cursor=${cursor}` : '?limit=10'
      const res = await api.get(`/cases${query}`, { token })
      assert.equal(res.status, 200)
      assert.ok(res.body.items.length <= 10)
      seen.push(...res.body.items.map((c: { caseId: string }) => c.caseId))
      cursor = res.body.nextCursor
      pages++
    } while (cursor)
    assert.equal(pages, 3)
    assert.equal(seen.length, 24)
    assert.equal(new Set(seen).size, 24, 'a case came twice')

    assert.equal((await api.get('/cases?limit=51', { token })).status, 422)
    assert.equal((await api.get('/cases?cursor=%21%21', { token })).status, 422)
    const filtered = await api.get('/cases?status=processing,special_procedure', { token })
    assert.deepEqual(
      filtered.body.items.map((c: { status: string }) => c.status),
      ['processing'],
    )
    assert.equal((await api.get('/cases?status=finished', { token })).status, 400)
  })

  it("shows a case's timeline and deadline, and hides someone else's", async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG.phone)
    const list = (await api.get('/cases', { token })).body.items
    const waiting = list.find((c: { status: string }) => c.status === 'supplement_required')
    const res = await api.get(`/cases/${waiting.caseId}`, { token })
    assert.equal(res.status, 200)
    const detail: unknown = res.body
    assert.ok(v.is(CaseDetailSchema, detail), JSON.stringify(detail).slice(0, 500))
    assert.deepEqual(
      detail.timeline.map((e) => e.node),
      ['申请', '受理', '补齐补正'],
    )
    assert.equal(detail.deadline?.paused, true)
    assert.equal(detail.applicant.phoneMasked, '138****1234')
    const action = detail.pendingActions[0]
    assert.ok(action.kind === 'supplement')
    assert.equal(action.materials.length, 2)
    assert.match(action.dueDate ?? '', /^\d{4}-\d{2}-\d{2}$/)

    const liToken = await simLogin(api, LI.phone)
    assert.equal((await api.get(`/cases/${waiting.caseId}`, { token: liToken })).status, 404)
    assert.equal((await api.get('/cases/c-9999', { token })).status, 404)
  })
})

describe('the lifecycle (/__sim/cases)', () => {
  it('files a case at a window (accepted by default) for a phone that signs in later', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const phone = '13600001111'
    const { caseId, caseNo } = await simCase(api, phone, 'i-passport')
    assert.match(caseNo, /^ZT20261123\d{6}$/)
    const token = await simLogin(api, phone)
    const res = await api.get(`/cases/${caseId}`, { token })
    assert.equal(res.status, 200)
    assert.equal(res.body.status, 'accepted')
    assert.equal(res.body.deadline.committedWorkingDays, 7)
    assert.equal(res.body.deadline.dueDate, '2026-12-02')
    assert.equal(res.body.deadline.remainingWorkingDays, 7)
  })

  it('walks to the status asked for through legal steps, and refuses illegal moves with 422', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const { caseId } = await simCase(api, ZHANG.phone, 'i-passport', 'completed')
    const token = await simLogin(api, ZHANG.phone)
    const detail = (await api.get(`/cases/${caseId}`, { token })).body
    assert.deepEqual(
      detail.timeline.map((e: { status: string }) => e.status),
      ['submitted', 'accepted', 'processing', 'completed'],
    )
    assert.equal(detail.result.outcome, 'approved')

    const illegal = await advance(api, caseId, 'processing')
    assert.equal(illegal.status, 422)
    assert.ok(illegal.body.details.fields.to)
    assert.equal((await advance(api, caseId, 'delivered')).status, 200)
    assert.equal((await advance(api, caseId, 'accepted')).status, 422, 'delivered is final')
    assert.equal((await advance(api, 'c-9999', 'accepted')).status, 404)
    const unknownItem = await api.post('/__sim/cases', { phone: ZHANG.phone, itemId: 'i-nothing' })
    assert.equal(unknownItem.status, 422)
  })

  it('counts the deadline in working days over 中秋 and 国庆 2026, with the clock stopped during 补正', async (t) => {
    // Thursday 09-24; 中秋 09-25…27, 国庆 10-01…07, 调休 Saturday 10-10.
    const { api } = await startTestSimulator(t, { now: '2026-09-24T09:00:00+08:00' })
    const { caseId } = await simCase(api, ZHANG.phone, 'i-passport')
    // Tokens live two hours on the simulator clock: sign in again after each move.
    const detail = async () =>
      (await api.get(`/cases/${caseId}`, { token: await simLogin(api, ZHANG.phone) })).body
    // 09-28, 09-29, 09-30, 10-08, 10-09, 10-10 (调休), 10-12.
    assert.equal((await detail()).deadline.dueDate, '2026-10-12')

    await setClock(api, '2026-09-29T11:00:00+08:00')
    assert.equal((await advance(api, caseId, 'supplement_required', { materials: ['户口簿'] })).status, 200)
    await setClock(api, '2026-10-09T15:00:00+08:00')
    const waiting = await detail()
    assert.equal(waiting.deadline.paused, true)
    assert.equal(waiting.deadline.remainingWorkingDays, 5, '09-28 and 09-29 were spent; nothing since')

    const token = await simLogin(api, ZHANG.phone)
    const file = (await upload(api, token)).body
    const materialId = waiting.pendingActions[0].materials[0].materialId
    const supplied = await api.post(
      `/cases/${caseId}/supplements`,
      { materials: [{ materialId, fileIds: [file.fileId] }] },
      { token },
    )
    assert.equal(supplied.status, 200, JSON.stringify(supplied.body))
    // Paused 09-30, 10-08, 10-09: the due date moves three working days, to 10-15.
    assert.equal(supplied.body.deadline.pausedWorkingDays, 3)
    assert.equal(supplied.body.deadline.dueDate, '2026-10-15')
    assert.equal(supplied.body.deadline.paused, false)
  })
})

describe('补齐补正 (POST /cases/{id}/supplements)', () => {
  it('refuses a supplement on a case that asked for none as a state conflict (409 CONFLICT)', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG.phone)
    const { caseId } = await simCase(api, ZHANG.phone, 'i-passport', 'processing')
    const file = (await upload(api, token)).body
    const res = await api.post(
      `/cases/${caseId}/supplements`,
      { materials: [{ materialId: 'm-supplement-1', fileIds: [file.fileId] }] },
      { token },
    )
    // Nothing in the body is wrong, so not a 422 VALIDATION_FAILED (which would need details.fields).
    assert.equal(res.status, 409)
    assert.equal(res.body.code, 'CONFLICT')
    assert.match(res.body.message, /不需要补正/)
    // c-0005 is one of 张明华's seed cases that is not waiting for 补正.
    const seeded = await api.post(
      '/cases/c-0005/supplements',
      { materials: [{ materialId: 'm-supplement-1', fileIds: [file.fileId] }] },
      { token, headers: { 'idempotency-key': 'not-waiting' } },
    )
    assert.equal(seeded.status, 409)
    assert.equal(seeded.body.code, 'CONFLICT')
  })

  it('needs every material asked for, as my own uploads, then returns the case to 受理 and resumes', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG.phone)
    const { caseId } = await simCase(api, ZHANG.phone, 'i-birth-registration')
    await advance(api, caseId, 'supplement_required', { materials: ['出生医学证明', '结婚证'] })
    const [first, second] = (await api.get(`/cases/${caseId}`, { token })).body.pendingActions[0].materials
    const mine = (await upload(api, token)).body.fileId
    const othersFile = (await upload(api, await simLogin(api, LI.phone))).body.fileId

    const missing = await api.post(
      `/cases/${caseId}/supplements`,
      { materials: [{ materialId: first.materialId, fileIds: [mine] }] },
      { token },
    )
    assert.equal(missing.status, 422)
    assert.equal(missing.body.details.fields.materials, '还需要上传：结婚证')

    const notMine = await api.post(
      `/cases/${caseId}/supplements`,
      {
        materials: [
          { materialId: first.materialId, fileIds: [mine] },
          { materialId: second.materialId, fileIds: [othersFile] },
        ],
      },
      { token },
    )
    assert.equal(notMine.status, 422)
    assert.ok(notMine.body.details.fields['materials.1.fileIds.0'])

    const empty = await api.post(`/cases/${caseId}/supplements`, { materials: [] }, { token })
    assert.equal(empty.status, 422)

    const ok = await api.post(
      `/cases/${caseId}/supplements`,
      {
        materials: [
          { materialId: first.materialId, fileIds: [mine] },
          { materialId: second.materialId, fileIds: [mine] },
        ],
      },
      { token },
    )
    assert.equal(ok.status, 200)
    assert.equal(ok.body.status, 'accepted')
    assert.deepEqual(ok.body.pendingActions, [])
    assert.match(ok.body.timeline.at(-1).note, /已收到补正材料/)
    assert.equal((await advance(api, caseId, 'processing')).status, 200)
  })
})

describe('lookup without login (GET /cases/lookup)', () => {
  it('answers a masked summary to the number and the applicant phone’s last 4 digits', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const { caseNo } = await simCase(api, ZHANG.phone, 'i-passport', 'processing')
    const res = await api.get(`/cases/lookup?caseNo=${caseNo.toLowerCase()}&verifier=1234`)
    assert.equal(res.status, 200)
    assert.ok(v.is(CaseLookupResultSchema, res.body))
    assert.equal(res.body.applicantNameMasked, '张**')
    assert.equal(res.body.status, 'processing')
    const text = JSON.stringify(res.body)
    assert.ok(!text.includes('13887001234') && !text.includes('张明华'), 'personal data in a lookup')
    assert.ok(!('note' in res.body.progress[0]), 'department notes are not for strangers')

    const missing = await api.get('/cases/lookup?caseNo=&verifier=12')
    assert.equal(missing.status, 422)
    assert.ok(missing.body.details.fields.caseNo && missing.body.details.fields.verifier)
  })

  it('locks a case number after 5 wrong tries for an hour, whatever is tried next', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const { caseNo } = await simCase(api, ZHANG.phone, 'i-passport')
    const other = await simCase(api, LI.phone, 'i-passport')
    for (let i = 0; i < 5; i++) {
      const wrong = await api.get(`/cases/lookup?caseNo=${caseNo}&verifier=${String(1000 + i)}`)
      assert.equal(wrong.status, 404, `try ${i + 1}`)
    }
    const locked = await api.get(`/cases/lookup?caseNo=${caseNo}&verifier=1234`)
    assert.equal(locked.status, 429)
    assert.equal(locked.body.code, 'RATE_LIMITED')
    assert.ok(Number(locked.headers.get('retry-after')) > 3000)
    assert.equal((await api.get(`/cases/lookup?caseNo=${other.caseNo}&verifier=2345`)).status, 200)

    await api.post('/__sim/clock', { advanceSeconds: 3601 })
    assert.equal((await api.get(`/cases/lookup?caseNo=${caseNo}&verifier=1234`)).status, 200)
  })

  it('stops one client trying many case numbers, and answers an unknown number like a wrong phone', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const { caseNo } = await simCase(api, ZHANG.phone, 'i-passport')
    const wrongPhone = await api.get(`/cases/lookup?caseNo=${caseNo}&verifier=0000`)
    const unknown = await api.get('/cases/lookup?caseNo=ZT20261123000000&verifier=1234')
    assert.equal(unknown.status, wrongPhone.status)
    assert.equal(unknown.body.message, wrongPhone.body.message)

    const from = { headers: { 'x-forwarded-for': '203.0.113.9' } }
    for (let i = 0; i < 20; i++) {
      const res = await api.get(
        `/cases/lookup?caseNo=ZT2026112310${String(i).padStart(4, '0')}&verifier=1234`,
        from,
      )
      assert.equal(res.status, 404)
    }
    const blocked = await api.get(`/cases/lookup?caseNo=${caseNo}&verifier=1234`, from)
    assert.equal(blocked.status, 429)
    assert.equal(
      (await api.get(`/cases/lookup?caseNo=${caseNo}&verifier=1234`)).status,
      200,
      'others unaffected',
    )
  })
})

describe('status-change messages (POST /cases/{id}/subscriptions)', () => {
  it('records one message per accepted template and uses it on the next change', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG.phone)
    const { caseId } = await simCase(api, ZHANG.phone, 'i-passport')
    const res = await api.post(`/cases/${caseId}/subscriptions`, { templateIds: ['case-status'] }, { token })
    assert.equal(res.status, 201)
    assert.deepEqual(res.body, { caseId, channel: 'wechat', remaining: 1 })
    assert.equal((await api.get(`/cases/${caseId}`, { token })).body.subscribed, true)
    await advance(api, caseId, 'processing')
    assert.equal((await api.get(`/cases/${caseId}`, { token })).body.subscribed, false)

    const sms = await api.post(`/cases/${caseId}/subscriptions`, { templateIds: [] }, { token })
    assert.equal(sms.body.channel, 'sms')
    const { caseId: done } = await simCase(api, ZHANG.phone, 'i-passport', 'delivered')
    assert.equal((await api.post(`/cases/${done}/subscriptions`, { templateIds: [] }, { token })).status, 409)
  })
})

describe('uploads (POST /uploads)', () => {
  it('takes a JPG, PNG or PDF up to 10 MB from a signed-in citizen', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG.phone)
    const res = await upload(api, token)
    assert.equal(res.status, 201)
    assert.ok(v.is(UploadSchema, res.body))
    assert.deepEqual(
      { ...res.body, fileId: 'x' },
      { fileId: 'x', name: 'photo.jpg', size: 12, mime: 'image/jpeg' },
    )
    const pdf = await api.request('POST', '/uploads', {
      token,
      ...multipart({ name: 'a.pdf', type: 'application/pdf', bytes: Buffer.from('%PDF-1.7\n%…') }),
    })
    assert.equal(pdf.body.mime, 'application/pdf')
    assert.equal((await upload(api, '')).status, 401)
  })

  it('refuses other types (by their bytes, not their name), empty and oversized files with 422', async (t) => {
    const { api } = await startTestSimulator(t, { now: NOW })
    const token = await simLogin(api, ZHANG.phone)
    const gif = await upload(api, token, Buffer.from('GIF89a......'), 'photo.jpg')
    assert.equal(gif.status, 422)
    assert.match(gif.body.details.fields.file, /JPG、PNG/)
    assert.equal((await upload(api, token, Buffer.alloc(0))).status, 422)
    const big = Buffer.concat([JPEG, Buffer.alloc(10 * 1024 * 1024)])
    const tooBig = await upload(api, token, big)
    assert.equal(tooBig.status, 422)
    assert.match(tooBig.body.details.fields.file, /10MB/)
    const json = await api.post('/uploads', { file: 'x' }, { token })
    assert.equal(json.status, 415)
  })
})
