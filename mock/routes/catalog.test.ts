import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import {
  BundleSchema,
  CatalogIndexSchema,
  CatalogSearchResponseSchema,
  GuideResultSchema,
  ItemGuideSchema,
} from '../../types/api/catalog'
import { type Api, startTestSimulator } from '../testing/client'

const NEWBORN_ANSWERS = {
  child_age: 'under1',
  born_in_province: 'yes',
  parents_married: 'yes',
  settle_with: 'father',
  social_card: 'yes',
}

async function topNames(api: Api, q: string, limit = 3): Promise<string[]> {
  const res = await api.get(`/catalog/search?q=${encodeURIComponent(q)}&limit=${limit}`)
  assert.equal(res.status, 200, JSON.stringify(res.body))
  assert.ok(v.is(CatalogSearchResponseSchema, res.body))
  return res.body.results.map((hit: { name: string }) => hit.name)
}

describe('GET /catalog/index', () => {
  it('lists every item and bundle with a strong ETag the client must revalidate', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.get('/catalog/index')
    assert.equal(res.status, 200)
    assert.ok(v.is(CatalogIndexSchema, res.body))
    assert.ok(res.body.entries.length >= 300 + 23, `${res.body.entries.length} entries`)
    assert.equal(res.headers.get('etag'), `"${res.body.version}"`)
    assert.match(res.headers.get('etag') ?? '', /^"[^"]+"$/, 'strong, not W/')
    assert.equal(res.headers.get('cache-control'), 'no-cache')
    assert.ok(
      res.body.entries.some((e: { id: string; kind: string }) => e.id === 'b-newborn' && e.kind === 'bundle'),
    )
  })

  it('answers 304 without a body when the device already has this version', async (t) => {
    const { api } = await startTestSimulator(t)
    const first = await api.get('/catalog/index')
    const etag = first.headers.get('etag') ?? ''

    const same = await api.get('/catalog/index', { headers: { 'if-none-match': etag } })
    assert.equal(same.status, 304)
    assert.equal(same.body, undefined)
    assert.equal(same.headers.get('etag'), etag)

    const listed = await api.get('/catalog/index', { headers: { 'if-none-match': `"old", W/${etag}` } })
    assert.equal(listed.status, 304, 'a list with the weak form of the tag also matches')

    const stale = await api.get('/catalog/index', { headers: { 'if-none-match': '"some-older-version"' } })
    assert.equal(stale.status, 200)
    assert.equal(stale.body.version, first.body.version)
  })
})

describe('GET /catalog/search', () => {
  it('finds items and bundles by name, 俗称 and fragments, best first', async (t) => {
    const { api } = await startTestSimulator(t)
    assert.equal((await topNames(api, '出生登记'))[0], '出生登记')
    assert.ok((await topNames(api, '驾照到期')).includes('机动车驾驶证期满换证'))
    assert.ok((await topNames(api, '身份证丢了')).includes('居民身份证补领'))
    assert.ok((await topNames(api, '开饭馆')).includes('开办餐饮店一件事'))
    assert.ok((await topNames(api, '公积金')).includes('住房公积金提取'))
  })

  it('honours limit and says so when nothing matches', async (t) => {
    const { api } = await startTestSimulator(t)
    assert.equal((await topNames(api, '证', 5)).length, 5)
    assert.deepEqual(await topNames(api, 'qqqqzzzz'), [])
  })

  it('refuses an empty or over-long query with a field message', async (t) => {
    const { api } = await startTestSimulator(t)
    for (const q of ['', '%20%20', encodeURIComponent('办'.repeat(51))]) {
      const res = await api.get(`/catalog/search?q=${q}`)
      assert.equal(res.status, 422, q)
      assert.equal(res.body.code, 'VALIDATION_FAILED')
      assert.ok(res.body.details.fields.q)
    }
    const missing = await api.get('/catalog/search')
    assert.equal(missing.status, 422)
    const badLimit = await api.get('/catalog/search?q=护照&limit=500')
    assert.equal(badLimit.status, 422)
    assert.ok(badLimit.body.details.fields.limit)
  })
})

describe('GET /items/{id} and /bundles/{id}', () => {
  it('returns the full 办事指南 of an item', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.get('/items/i-passport')
    assert.equal(res.status, 200)
    assert.ok(v.is(ItemGuideSchema, res.body))
    assert.equal(res.body.name, '普通护照签发')
    assert.equal(res.body.fee.amountYuan, 120)
    assert.ok(res.body.halls.length > 0)
  })

  it('returns a bundle with each member’s materials so the app can evaluate offline', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.get('/bundles/b-freight-company')
    assert.equal(res.status, 200)
    assert.ok(v.is(BundleSchema, res.body))
    assert.equal(res.body.formId, 'b-freight-company')
    assert.equal(res.body.items.length, 3)
    assert.equal(res.body.committedWorkingDays, 4)
    for (const member of res.body.items) assert.ok(member.materials.length > 0, member.itemId)
  })

  it('answers 404 NOT_FOUND in plain words for an unknown id', async (t) => {
    const { api } = await startTestSimulator(t)
    for (const path of ['/items/i-nope', '/bundles/b-nope', '/items/b-newborn', '/bundles/i-passport']) {
      const res = await api.get(path)
      assert.equal(res.status, 404, path)
      assert.equal(res.body.code, 'NOT_FOUND')
      assert.match(res.body.message, /没有找到/)
    }
  })
})

describe('POST /guide/evaluate', () => {
  it('returns the personalised checklist of a bundle', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.post('/guide/evaluate', { targetId: 'b-newborn', answers: NEWBORN_ANSWERS })
    assert.equal(res.status, 200, JSON.stringify(res.body))
    assert.ok(v.is(GuideResultSchema, res.body))
    assert.equal(res.body.kind, 'bundle')
    assert.ok(res.body.items.some((i: { itemId: string }) => i.itemId === 'i-social-card-apply'))
    assert.deepEqual(res.body.skippedItems, [])
    const ids = res.body.materials.map((m: { id: string }) => m.id)
    assert.equal(new Set(ids).size, ids.length, 'shared documents listed once')
    assert.ok(ids.includes('m-marriage-certificate'))
    assert.ok(!ids.includes('m-birth-medical-certificate'), 'issued inside the bundle, not brought')
  })

  it('skips the members that do not apply and says which', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.post('/guide/evaluate', {
      targetId: 'b-newborn',
      answers: { ...NEWBORN_ANSWERS, born_in_province: 'no', social_card: 'no' },
    })
    assert.equal(res.status, 200)
    const skipped = res.body.skippedItems.map((i: { itemId: string }) => i.itemId).sort()
    assert.deepEqual(skipped, ['i-birth-certificate', 'i-social-card-apply'])
    assert.ok(res.body.materials.some((m: { id: string }) => m.id === 'm-birth-medical-certificate'))
  })

  it('evaluates a single item with its own questions', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.post('/guide/evaluate', {
      targetId: 'i-housing-fund-withdrawal',
      answers: { withdraw_reason: 'buy' },
    })
    assert.equal(res.status, 200)
    assert.equal(res.body.kind, 'item')
    assert.ok(res.body.materials.some((m: { id: string }) => m.id === 'm-purchase-contract'))
  })

  it('answers 422 with a message per question for missing, unknown and refused answers', async (t) => {
    const { api } = await startTestSimulator(t)
    const missing = await api.post('/guide/evaluate', {
      targetId: 'b-newborn',
      answers: { child_age: 'under1' },
    })
    assert.equal(missing.status, 422)
    assert.equal(missing.body.code, 'VALIDATION_FAILED')
    assert.ok(missing.body.details.fields.born_in_province)

    const unknown = await api.post('/guide/evaluate', {
      targetId: 'b-newborn',
      answers: { ...NEWBORN_ANSWERS, colour: 'blue', social_card: 'maybe' },
    })
    assert.equal(unknown.status, 422)
    assert.ok(unknown.body.details.fields.colour)
    assert.ok(unknown.body.details.fields.social_card)

    const refused = await api.post('/guide/evaluate', {
      targetId: 'b-newborn',
      answers: { ...NEWBORN_ANSWERS, child_age: 'over1' },
    })
    assert.equal(refused.status, 422)
    assert.match(refused.body.details.fields.child_age, /满1周岁/)

    const emptyTarget = await api.post('/guide/evaluate', { targetId: '', answers: {} })
    assert.equal(emptyTarget.status, 422)
    assert.ok(emptyTarget.body.details.fields.targetId)
  })

  it('answers 404 for an unknown target and 400 for wrong JSON types', async (t) => {
    const { api } = await startTestSimulator(t)
    const unknown = await api.post('/guide/evaluate', { targetId: 'b-nope', answers: {} })
    assert.equal(unknown.status, 404)
    assert.equal(unknown.body.code, 'NOT_FOUND')

    for (const body of [
      { targetId: 'b-newborn', answers: { child_age: 1 } },
      { targetId: 42, answers: {} },
      { targetId: 'b-newborn', answers: ['under1'] },
      ['b-newborn'],
    ]) {
      const res = await api.post('/guide/evaluate', body)
      assert.equal(res.status, 400, JSON.stringify(body))
      assert.equal(res.body.code, 'BAD_REQUEST')
    }
  })

  it('is public: no login needed for any catalog route', async (t) => {
    const { api } = await startTestSimulator(t)
    const res = await api.post('/guide/evaluate', {
      targetId: 'i-id-card-renewal',
      answers: { reason: 'expired', where: 'local' },
    })
    assert.equal(res.status, 200)
    assert.equal(res.body.feeYuan, 20)
  })
})
