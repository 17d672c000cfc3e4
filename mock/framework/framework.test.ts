import assert from 'node:assert/strict'
import { describe, it } from 'node:test'

import * as v from 'valibot'

import { ApiErrorBodySchema } from '../../types/api/common'
import { startSimulator } from '../app'
import { features as defaultFeatures } from '../routes'
import { apiClient, rawRequest, startTestSimulator } from '../testing/client'
import type { Feature } from './context'
import { json } from './http'
import { stableJson } from './idempotency'
import { parseBody, parseQuery } from './validate'

/** Routes that exist only in these tests, to drive the framework helpers through real HTTP. */
function probeFeature(): Feature & { created: number } {
  const probe = {
    name: 'probe',
    created: 0,
    register: ((router, ctx) => {
      const Body = v.object({
        title: v.pipe(v.string(), v.minLength(2, '标题至少2个字')),
        count: v.optional(v.pipe(v.number(), v.integer(), v.minValue(1, '数量至少为1'))),
        tags: v.optional(v.array(v.string())),
      })
      router.post('/probe/echo', (req) => json(200, parseBody(req, Body)))
      router.get('/probe/list', (req) =>
        json(200, parseQuery(req, v.object({ limit: v.pipe(v.string(), v.regex(/^\d+$/, '数量应为数字')) }))),
      )
      router.get('/probe/items/:itemId', (req) => json(200, { route: 'item', id: req.params.itemId }))
      router.get('/probe/items/special', () => json(200, { route: 'special' }))
      router.post('/probe/boom', () => {
        throw new TypeError('cannot read name of 530602198503120019')
      })
      router.post('/probe/upload', (req) => json(201, { size: req.rawBody.length, body: req.body ?? null }), {
        body: 'raw',
        maxBodyBytes: 10 * 1024 * 1024,
      })
      router.post(
        '/probe/things',
        ctx.idempotent(async (req) => {
          const { title } = parseBody(req, Body)
          if (title === '已存在') return json(409, { code: 'CONFLICT', message: '已存在' })
          // A real feature might await storage; here it gives concurrent duplicates a chance to overlap.
          await new Promise((resolve) => setTimeout(resolve, 50))
          probe.created += 1
          return json(201, { id: `thing-${probe.created}`, title })
        }),
      )
      router.post('/probe/limited/:key', (req) => {
        ctx.rateLimit.consume(`probe:${req.params.key}`, { limit: 2, windowSeconds: 10 })
        return json(200, { ok: true })
      })
    }) satisfies Feature['register'],
  }
  return probe
}

async function withProbe(t: import('node:test').TestContext) {
  const probe = probeFeature()
  const { sim, api } = await startTestSimulator(t, { features: [...defaultFeatures, probe] })
  return { probe, sim, api }
}

function assertErrorBody(body: unknown, code: string): void {
  assert.ok(v.is(ApiErrorBodySchema, body), `not a contract error body: ${JSON.stringify(body)}`)
  assert.deepEqual(
    Object.keys(body as object).filter((k) => !['code', 'message', 'details'].includes(k)),
    [],
  )
  assert.equal((body as { code: string }).code, code)
  assert.match(
    (body as { message: string }).message,
    /[\u4e00-\u9fff]/,
    'message should be Chinese for the citizen',
  )
}

describe('request handling', () => {
  it('answers 400 BAD_REQUEST for malformed JSON', async (t) => {
    const { api } = await withProbe(t)
    const res = await api.request('POST', '/probe/echo', { rawBody: '{"title": "ab",' })
    assert.equal(res.status, 400)
    assertErrorBody(res.body, 'BAD_REQUEST')
  })

  it('answers 400 for a value of the wrong type and 422 with field messages for an invalid value', async (t) => {
    const { api } = await withProbe(t)
    const wrongType = await api.post('/probe/echo', { title: 12 })
    assert.equal(wrongType.status, 400)
    assertErrorBody(wrongType.body, 'BAD_REQUEST')

    const invalid = await api.post('/probe/echo', { title: 'a', count: 0 })
    assert.equal(invalid.status, 422)
    assertErrorBody(invalid.body, 'VALIDATION_FAILED')
    assert.deepEqual(invalid.body.details, { fields: { title: '标题至少2个字', count: '数量至少为1' } })

    const missing = await api.post('/probe/echo', {})
    assert.equal(missing.status, 422)
    assert.deepEqual(missing.body.details, { fields: { title: '此项为必填' } })
  })

  it('validates query strings the same way', async (t) => {
    const { api } = await withProbe(t)
    assert.deepEqual((await api.get('/probe/list?limit=20')).body, { limit: '20' })
    const bad = await api.get('/probe/list?limit=abc')
    assert.equal(bad.status, 422)
    assert.deepEqual(bad.body.details, { fields: { limit: '数量应为数字' } })
  })

  it('never answers 500 to garbage bodies', async (t) => {
    const { api } = await withProbe(t)
    const garbage: Array<[string, string, number]> = [
      ['empty body', '', 400],
      ['null', 'null', 400],
      ['a number', '42', 400],
      ['a string', '"hello"', 400],
      ['an array', '[{"title":"ab"}]', 400],
      ['nested wrong type', '{"title":"ab","tags":[1,2]}', 400],
      ['truncated', '{"title":', 400],
      ['trailing comma', '{"title":"ab",}', 400],
      ['single quotes', "{'title':'ab'}", 400],
      ['__proto__ pollution', '{"__proto__":{"admin":true},"title":"ab"}', 200],
      ['deep nesting', `${'['.repeat(5000)}${']'.repeat(5000)}`, 400],
      ['invalid UTF-8', '\xff\xfe{', 400],
      ['huge number', '{"title":"ab","count":1e999}', 422],
      ['bare NaN', '{"title":"ab","count":NaN}', 400],
    ]
    for (const [label, body, expected] of garbage) {
      for (const path of [
        '/probe/echo',
        '/auth/sms/send',
        '/auth/sms/login',
        '/me/realname',
        '/__sim/faults',
      ]) {
        const res = await api.request('POST', path, { rawBody: body })
        assert.notEqual(res.status, 500, `${label} → ${path}`)
        if (path === '/probe/echo') assert.equal(res.status, expected, label)
        if (res.status >= 400) assert.ok(v.is(ApiErrorBodySchema, res.body), `${label} → ${path}`)
      }
    }
  })

  it('answers 415 for a body that is not JSON', async (t) => {
    const { api } = await withProbe(t)
    const res = await api.request('POST', '/probe/echo', {
      rawBody: 'title=ab',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    })
    assert.equal(res.status, 415)
    assertErrorBody(res.body, 'UNSUPPORTED_MEDIA_TYPE')
  })

  it('answers 413 PAYLOAD_TOO_LARGE past 1 MiB, and a route may allow more', async (t) => {
    const { api } = await withProbe(t)
    const big = JSON.stringify({ title: 'x'.repeat(1024 * 1024) })
    const res = await api.request('POST', '/probe/echo', { rawBody: big })
    assert.equal(res.status, 413)
    assertErrorBody(res.body, 'PAYLOAD_TOO_LARGE')

    const upload = await api.request('POST', '/probe/upload', {
      rawBody: Buffer.alloc(3 * 1024 * 1024, 1),
      headers: { 'content-type': 'application/octet-stream' },
    })
    assert.equal(upload.status, 201)
    assert.deepEqual(upload.body, { size: 3 * 1024 * 1024, body: null })

    const tooBig = await api.request('POST', '/probe/upload', {
      rawBody: Buffer.alloc(10 * 1024 * 1024 + 1, 1),
      headers: { 'content-type': 'application/octet-stream' },
    })
    assert.equal(tooBig.status, 413)
  })

  it('answers 404 for unknown routes and paths outside /api/v1, 405 with Allow for a wrong method', async (t) => {
    const { api, sim } = await withProbe(t)
    const unknown = await api.get('/nope')
    assert.equal(unknown.status, 404)
    assertErrorBody(unknown.body, 'NOT_FOUND')

    const outside = await fetch(`${sim.url}/me`)
    assert.equal(outside.status, 404)

    const wrongMethod = await api.request('DELETE', '/me')
    assert.equal(wrongMethod.status, 405)
    assertErrorBody(wrongMethod.body, 'METHOD_NOT_ALLOWED')
    assert.equal(wrongMethod.headers.get('allow'), 'GET')
  })

  it('prefers a literal segment over a parameter, and decodes parameters', async (t) => {
    const { api } = await withProbe(t)
    assert.deepEqual((await api.get('/probe/items/special')).body, { route: 'special' })
    assert.deepEqual((await api.get('/probe/items/%E4%BA%8B%E9%A1%B9')).body, { route: 'item', id: '事项' })
    assert.equal((await api.get('/probe/items/%E4%BA')).status, 400)
  })

  it('answers 500 INTERNAL without a stack and logs one line without personal data', async (t) => {
    const { api } = await withProbe(t)
    const logged: string[] = []
    t.mock.method(console, 'error', (line: string) => logged.push(line))
    const res = await api.post('/probe/boom', {})
    assert.equal(res.status, 500)
    assertErrorBody(res.body, 'INTERNAL')
    assert.doesNotMatch(JSON.stringify(res.body), /TypeError|at |probe|530602/)
    assert.equal(logged.length, 1)
    assert.match(logged[0], /500 POST \/probe\/boom/)
    assert.doesNotMatch(logged[0], /530602198503120019|\n/)
  })

  it('answers 400 with the contract body to a request-target that is not a URL', async (t) => {
    const { sim } = await withProbe(t)
    for (const target of ['//[', 'http://[/api/v1/me', '//a:99999/api/v1/me']) {
      const res = await rawRequest(sim.url, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)
      assert.equal(res.status, 400, target)
      assertErrorBody(JSON.parse(res.text), 'BAD_REQUEST')
    }
  })

  it('answers what the HTTP parser refuses with a 400 contract body, not an empty one', async (t) => {
    const { sim, api } = await withProbe(t)
    const requests: Array<[string, string]> = [
      ['unknown method', 'FOO /api/v1/me HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['lower-case method', 'get /api/v1/me HTTP/1.1\r\nHost: x\r\n\r\n'],
      [
        'negative Content-Length',
        'POST /api/v1/probe/echo HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n{}',
      ],
      ['raw non-ASCII path', 'GET /api/v1/items/\u00e4 HTTP/1.1\r\nHost: x\r\n\r\n'],
      ['headers over 16 KB', `GET /api/v1/me?a=${'b'.repeat(20_000)} HTTP/1.1\r\nHost: x\r\n\r\n`],
      ['a header over 16 KB', `GET /api/v1/me HTTP/1.1\r\nHost: x\r\nX-Big: ${'b'.repeat(20_000)}\r\n\r\n`],
    ]
    for (const [label, payload] of requests) {
      const res = await rawRequest(sim.url, payload)
      assert.equal(res.status, 400, label)
      assert.match(res.headers['content-type'] ?? '', /^application\/json/, label)
      assert.equal(res.headers['access-control-allow-origin'], '*', label)
      assertErrorBody(JSON.parse(res.text), 'BAD_REQUEST')
    }
    // The server is still there for everyone else.
    assert.equal((await api.get('/probe/items/x')).status, 200)
  })

  it('answers 413 at once when Content-Length is over the limit, without waiting for the body', async (t) => {
    const { sim } = await withProbe(t)
    const started = Date.now()
    // 100 GB announced, 2 bytes sent: reading the body first would wait for the rest forever.
    const res = await rawRequest(
      sim.url,
      'POST /api/v1/probe/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n' +
        'Content-Length: 99999999999\r\n\r\n{}',
      3000,
    )
    assert.equal(res.status, 413)
    assertErrorBody(JSON.parse(res.text), 'PAYLOAD_TOO_LARGE')
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`)
  })

  it('sends CORS headers and answers preflight requests', async (t) => {
    const { sim, api } = await withProbe(t)
    const preflight = await fetch(`${sim.url}/api/v1/me`, {
      method: 'OPTIONS',
      headers: { origin: 'http://localhost:10086', 'access-control-request-method': 'GET' },
    })
    assert.equal(preflight.status, 204)
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*')
    const allowed = preflight.headers.get('access-control-allow-headers') ?? ''
    for (const header of ['Authorization', 'Content-Type', 'Idempotency-Key'])
      assert.ok(allowed.includes(header), header)

    const error = await api.get('/me')
    assert.equal(error.headers.get('access-control-allow-origin'), '*')
  })
})

describe('idempotency', () => {
  it('replays the first result for the same key and body, and creates once', async (t) => {
    const { api, probe } = await withProbe(t)
    const token = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
    const headers = { 'idempotency-key': 'k-1' }
    const first = await api.post('/probe/things', { title: '办件', tags: ['a'] }, { token, headers })
    // Same body with keys in another order is the same request.
    const again = await api.request('POST', '/probe/things', {
      rawBody: '{"tags":["a"],"title":"办件"}',
      token,
      headers,
    })
    assert.equal(first.status, 201)
    assert.equal(again.status, 201)
    assert.deepEqual(again.body, first.body)
    assert.equal(again.headers.get('idempotent-replayed'), 'true')
    assert.equal(probe.created, 1)
  })

  it('answers 409 IDEMPOTENCY_CONFLICT for the same key with a different body', async (t) => {
    const { api, probe } = await withProbe(t)
    const token = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
    const headers = { 'idempotency-key': 'k-2' }
    await api.post('/probe/things', { title: '办件一' }, { token, headers })
    const res = await api.post('/probe/things', { title: '办件二' }, { token, headers })
    assert.equal(res.status, 409)
    assertErrorBody(res.body, 'IDEMPOTENCY_CONFLICT')
    assert.equal(probe.created, 1)
  })

  it('scopes keys per user, and runs requests without a key every time', async (t) => {
    const { api, probe } = await withProbe(t)
    const zhang = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
    const li = (await api.post('/__sim/login', { phone: '15887012345' })).body.accessToken
    const headers = { 'idempotency-key': 'same-key' }
    const a = await api.post('/probe/things', { title: '办件' }, { token: zhang, headers })
    const b = await api.post('/probe/things', { title: '办件' }, { token: li, headers })
    assert.notEqual(a.body.id, b.body.id)
    await api.post('/probe/things', { title: '办件' }, { token: zhang })
    await api.post('/probe/things', { title: '办件' }, { token: zhang })
    assert.equal(probe.created, 4)
  })

  it('executes concurrent duplicates once', async (t) => {
    const { api, probe } = await withProbe(t)
    const token = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
    const headers = { 'idempotency-key': 'k-race' }
    const results = await Promise.all(
      Array.from({ length: 5 }, () => api.post('/probe/things', { title: '并发' }, { token, headers })),
    )
    assert.equal(probe.created, 1)
    for (const r of results) assert.deepEqual(r.body, { id: 'thing-1', title: '并发' })
  })

  it('replays a final 4xx but lets the caller retry after 5xx; requires login when a key is sent', async (t) => {
    const { api, probe } = await withProbe(t)
    const token = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
    const conflict1 = await api.post(
      '/probe/things',
      { title: '已存在' },
      { token, headers: { 'idempotency-key': 'k-4' } },
    )
    const conflict2 = await api.post(
      '/probe/things',
      { title: '已存在' },
      { token, headers: { 'idempotency-key': 'k-4' } },
    )
    assert.equal(conflict1.status, 409)
    assert.equal(conflict2.headers.get('idempotent-replayed'), 'true')

    await api.post('/__sim/faults', { route: '/probe/things', status: 503, times: 1, after: true })
    const failed = await api.post(
      '/probe/things',
      { title: '重试' },
      { token, headers: { 'idempotency-key': 'k-5' } },
    )
    assert.equal(failed.status, 503)
    const retried = await api.post(
      '/probe/things',
      { title: '重试' },
      { token, headers: { 'idempotency-key': 'k-5' } },
    )
    // The first attempt's work happened (after-fault) and was stored, so the retry is a replay, not a new thing.
    assert.equal(retried.status, 201)
    assert.equal(retried.headers.get('idempotent-replayed'), 'true')
    assert.equal(probe.created, 1)

    const anonymous = await api.post(
      '/probe/things',
      { title: '匿名' },
      { headers: { 'idempotency-key': 'k-6' } },
    )
    assert.equal(anonymous.status, 401)
  })

  it('fingerprints a body nested 20,000 deep, and every keyed route answers it as it does without a key', async (t) => {
    // Iterative: the same text as before for ordinary bodies, and no stack overflow for deep ones.
    assert.equal(
      stableJson({ b: [1, undefined, { d: null, c: 'x' }], a: { z: undefined }, e: [[]] }),
      '{"a":{},"b":[1,null,{"c":"x","d":null}],"e":[[]]}',
    )
    assert.equal(stableJson(JSON.parse(`${'['.repeat(20_000)}${']'.repeat(20_000)}`)).length, 40_000)

    const { api, probe } = await withProbe(t)
    const token = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
    const deepBodies = [
      `{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}`,
      `{"x":${'{"a":'.repeat(20_000)}1${'}'.repeat(20_000)}}`,
    ]
    const routes = [
      '/probe/things',
      '/applications',
      '/appointments',
      '/appointments/a-000003/reschedule',
      '/cases/c-0002/supplements',
      '/ratings',
      '/ratings/r-0001/append',
      '/feedback',
    ]
    for (const [i, rawBody] of deepBodies.entries()) {
      for (const route of routes) {
        const plain = await api.request('POST', route, { rawBody, token })
        const keyed = await api.request('POST', route, {
          rawBody,
          token,
          headers: { 'idempotency-key': `deep-${i}` },
        })
        assert.ok(plain.status >= 400 && plain.status < 500, `${route}: ${plain.status}`)
        assert.equal(keyed.status, plain.status, route)
        assert.equal(keyed.body.code, plain.body.code, route)
        assert.ok(v.is(ApiErrorBodySchema, keyed.body), route)
      }
    }
    assert.equal(probe.created, 0)
  })
})

describe('rate limiter', () => {
  it('answers 429 RATE_LIMITED with retryAfterSeconds and Retry-After once the window is full', async (t) => {
    const { api } = await withProbe(t)
    assert.equal((await api.post('/probe/limited/a')).status, 200)
    assert.equal((await api.post('/probe/limited/a')).status, 200)
    const limited = await api.post('/probe/limited/a')
    assert.equal(limited.status, 429)
    assertErrorBody(limited.body, 'RATE_LIMITED')
    const retryAfter = limited.body.details.retryAfterSeconds
    assert.ok(retryAfter >= 1 && retryAfter <= 10, String(retryAfter))
    assert.equal(limited.headers.get('retry-after'), String(retryAfter))
    // Keys are independent.
    assert.equal((await api.post('/probe/limited/b')).status, 200)
    // The window is measured on the simulator clock.
    await api.post('/__sim/clock', { advanceSeconds: 11 })
    assert.equal((await api.post('/probe/limited/a')).status, 200)
  })
})

describe('faults', () => {
  it('answers an injected status with the contract body, only on matching routes, `times` times', async (t) => {
    const { api } = await withProbe(t)
    const added = await api.post('/__sim/faults', { route: '/probe/items', status: 503, times: 2 })
    assert.equal(added.status, 201)
    assert.equal((await api.get('/probe/list?limit=1')).status, 200)
    const hit = await api.get('/probe/items/x')
    assert.equal(hit.status, 503)
    assertErrorBody(hit.body, 'SERVICE_UNAVAILABLE')
    assert.equal((await api.get('/probe/items/x')).status, 503)
    assert.equal((await api.get('/probe/items/x')).status, 200)
  })

  it('matches globs and methods, can override the code, and never blocks /__sim', async (t) => {
    const { api } = await withProbe(t)
    await api.post('/__sim/faults', {
      route: '/probe/items/*',
      method: 'GET',
      status: 409,
      code: 'SLOT_FULL',
    })
    await api.post('/__sim/faults', { route: '/**', status: 500, method: 'DELETE' })
    const hit = await api.get('/probe/items/x')
    assert.equal(hit.status, 409)
    assert.equal(hit.body.code, 'SLOT_FULL')
    assert.equal((await api.get('/probe/list?limit=1')).status, 200)
    assert.equal((await api.request('DELETE', '/__sim/faults')).status, 204)
    assert.equal((await api.get('/probe/items/x')).status, 200)
  })

  it('applies a probability: rate 0 never hits', async (t) => {
    const { api } = await withProbe(t)
    await api.post('/__sim/faults', { status: 503, rate: 0 })
    assert.equal((await api.get('/probe/items/x')).status, 200)
  })

  it('delays responses', async (t) => {
    const { api } = await withProbe(t)
    await api.post('/__sim/faults', { route: '/probe/items', delayMs: 300 })
    const started = Date.now()
    const res = await api.get('/probe/items/x')
    assert.equal(res.status, 200)
    assert.ok(Date.now() - started >= 280, `took ${Date.now() - started} ms`)
  })

  it('drops the connection before the handler runs (status 0 or drop) — nothing happens', async (t) => {
    const { api, probe } = await withProbe(t)
    const token = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
    await api.post('/__sim/faults', { route: '/probe/things', status: 0, times: 1 })
    await assert.rejects(api.post('/probe/things', { title: '断网' }, { token }))
    assert.equal(probe.created, 0)
  })

  it('after:true runs and commits the handler, then drops the response; a keyed retry replays it', async (t) => {
    const { api, probe } = await withProbe(t)
    const token = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
    const headers = { 'idempotency-key': 'after-drop' }
    await api.post('/__sim/faults', { route: '/probe/things', drop: true, after: true, times: 1 })
    await assert.rejects(api.post('/probe/things', { title: '超时' }, { token, headers }))
    assert.equal(probe.created, 1)
    const retry = await api.post('/probe/things', { title: '超时' }, { token, headers })
    assert.equal(retry.status, 201)
    assert.deepEqual(retry.body, { id: 'thing-1', title: '超时' })
    assert.equal(probe.created, 1)
  })

  it('after:true with a delay lets a client time out although the work was done', async (t) => {
    const { api, probe } = await withProbe(t)
    const token = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
    await api.post('/__sim/faults', { route: '/probe/things', delayMs: 2000, after: true, times: 1 })
    await assert.rejects(api.post('/probe/things', { title: '慢请求' }, { token, timeoutMs: 300 }), {
      name: 'TimeoutError',
    })
    assert.equal(probe.created, 1)
  })

  it('matches a pathological glob in linear time: the next request still answers at once', async (t) => {
    const { api } = await withProbe(t)
    // As a backtracking RegExp (one `.*` per `**`) this took seconds per request, and longer ones forever.
    const added = await api.post('/__sim/faults', { route: `/${'**a'.repeat(10)}**!`, status: 503 })
    assert.equal(added.status, 201)
    const started = Date.now()
    const res = await api.get(`/probe/items/${'a'.repeat(36)}`)
    assert.equal(res.status, 200)
    assert.ok(Date.now() - started < 1000, `took ${Date.now() - started} ms`)
    // Globs still mean what they did: `*` stays in a segment, `**` spans them, a prefix covers what is below.
    await api.request('DELETE', '/__sim/faults')
    await api.post('/__sim/faults', { route: '/probe/**a!', status: 503 })
    assert.equal((await api.get('/probe/items/xa!')).status, 503)
    assert.equal((await api.get('/probe/items/xa')).status, 200)
    await api.request('DELETE', '/__sim/faults')
    await api.post('/__sim/faults', { route: '/probe/*/x*', status: 503 })
    assert.equal((await api.get('/probe/items/xy')).status, 503)
    assert.equal((await api.get('/probe/items/y')).status, 200)
  })

  it('refuses a fault route longer than any real path (200 characters) with 422', async (t) => {
    const { api } = await withProbe(t)
    const res = await api.post('/__sim/faults', { route: `/${'*a'.repeat(150)}`, status: 503 })
    assert.equal(res.status, 422)
    assert.match(res.body.details.fields.route, /200/)
    assert.deepEqual((await api.get('/__sim/faults')).body.items, [])
  })

  it('rejects invalid fault rules', async (t) => {
    const { api } = await withProbe(t)
    assert.equal((await api.post('/__sim/faults', { status: 200 })).status, 422)
    assert.equal((await api.post('/__sim/faults', { rate: 2 })).status, 422)
    assert.equal((await api.post('/__sim/faults', { status: '503' })).status, 400)
  })
})

describe('clock', () => {
  it('reads and sets the simulator time, always emitted with +08:00', async (t) => {
    const { api } = await withProbe(t)
    const before = await api.get('/__sim/clock')
    assert.match(before.body.now, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+08:00$/)
    const set = await api.post('/__sim/clock', { now: '2025-03-03T01:00:00Z' })
    assert.equal(set.status, 200)
    assert.match(set.body.now, /^2025-03-03T09:00:0\d\+08:00$/)
    const later = await api.post('/__sim/clock', { advanceSeconds: 3600 })
    assert.match(later.body.now, /^2025-03-03T10:00:0\d\+08:00$/)
    const noOffset = await api.post('/__sim/clock', { now: '2025-03-03 09:00' })
    assert.equal(noOffset.status, 422)
    assert.ok(noOffset.body.details.fields.now)
  })

  it('refuses a clock outside the years 2000–2100 with 422, leaves it as it was, and dated routes keep working', async (t) => {
    const { api, sim } = await startTestSimulator(t, { now: '2026-03-02T10:00:00+08:00' })
    const before = (await api.get('/__sim/clock')).body.offsetMs
    const refused: Array<[string, string]> = [
      ['{"advanceSeconds":1e13}', 'advanceSeconds'],
      ['{"advanceSeconds":1e309}', 'advanceSeconds'],
      ['{"advanceSeconds":3000000000}', 'advanceSeconds'],
      ['{"now":"0000-01-01T00:00:00Z"}', 'now'],
      ['{"now":"1999-12-31T23:59:59+08:00"}', 'now'],
      ['{"now":"9999-12-31T23:59:59+08:00"}', 'now'],
      ['{"now":"2101-01-01T00:00:00+08:00"}', 'now'],
    ]
    for (const [rawBody, field] of refused) {
      const res = await api.request('POST', '/__sim/clock', { rawBody })
      assert.equal(res.status, 422, rawBody)
      assertErrorBody(res.body, 'VALIDATION_FAILED')
      assert.match(res.body.details.fields[field], /2000年至2100年/, rawBody)
      assert.equal((await api.get('/__sim/clock')).body.offsetMs, before, rawBody)
    }
    const token = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
    for (const path of ['/appointments/window', '/cases', '/ratings/pending'])
      assert.equal((await api.get(path, { token })).status, 200, path)

    // The ends of the range are fine, and so is every dated route there.
    for (const now of ['2000-01-01T00:00:00+08:00', '2100-12-31T23:59:59+08:00']) {
      assert.equal((await api.post('/__sim/clock', { now })).status, 200, now)
      const citizen = (await api.post('/__sim/login', { phone: '13887001234' })).body.accessToken
      for (const path of [
        '/appointments/window',
        '/slots?hallId=hall-city&serviceId=i-id-card-renewal',
        '/cases',
        '/ratings/pending',
      ])
        assert.equal((await api.get(path, { token: citizen })).status, 200, `${now} ${path}`)
      const feedback = await api.post(
        '/feedback',
        { kind: 'suggestion', content: '希望增加晚间办理的窗口数量' },
        { token: citizen },
      )
      assert.equal(feedback.status, 201, now)
    }
    await assert.rejects(startSimulator({ port: 0, stateFile: null, now: '1970-01-01T00:00:00Z' }), /2000/)
    assert.ok(sim.url)
  })

  it('starts at the `now` option', async (t) => {
    const { api } = await startTestSimulator(t, { now: '2025-12-31T23:59:00+08:00' })
    assert.match((await api.get('/__sim/clock')).body.now, /^2025-12-31T23:59:0\d\+08:00$/)
  })
})

describe('reset', () => {
  it('returns to seed data and clears faults, clock offset and rate limits', async (t) => {
    const { api } = await withProbe(t)
    const token = (await api.post('/__sim/login', { phone: '13600000001' })).body.accessToken
    assert.equal((await api.get('/me', { token })).body.id, 'u-0005')
    await api.post('/__sim/clock', { now: '2030-01-01T00:00:00+08:00' })
    await api.post('/probe/limited/r')
    await api.post('/probe/limited/r')
    await api.post('/__sim/faults', { route: '/probe/items', status: 503 })

    assert.equal((await api.post('/__sim/reset')).status, 204)

    assert.equal((await api.get('/me', { token })).status, 401)
    assert.ok(!(await api.get('/__sim/clock')).body.now.startsWith('2030'))
    assert.equal((await api.get('/__sim/clock')).body.offsetMs, 0)
    assert.equal((await api.post('/probe/limited/r')).status, 200)
    assert.equal((await api.get('/probe/items/x')).status, 200)
    const again = (await api.post('/__sim/login', { phone: '13600000001' })).body.accessToken
    assert.equal((await api.get('/me', { token: again })).body.id, 'u-0005')
  })
})

describe('production mode', () => {
  it('has no /__sim routes and no SMS dev code', async (t) => {
    const { api } = await startTestSimulator(t, { production: true })
    for (const path of ['/__sim/login', '/__sim/reset', '/__sim/faults', '/__sim/clock']) {
      assert.equal((await api.post(path, {})).status, 404, path)
    }
    const sent = await api.post('/auth/sms/send', { phone: '13887001234' })
    assert.equal(sent.status, 200)
    assert.deepEqual(sent.body, { cooldownSeconds: 60 })
  })

  it('follows NODE_ENV=production by default', async (t) => {
    const previous = process.env.NODE_ENV
    process.env.NODE_ENV = 'production'
    t.after(() => {
      process.env.NODE_ENV = previous
    })
    const { api } = await startTestSimulator(t)
    assert.equal((await api.post('/__sim/reset')).status, 404)
  })
})

describe('apiClient', () => {
  it('reaches the simulator by its url', async (t) => {
    const { sim } = await withProbe(t)
    assert.equal((await apiClient(sim.url).get('/__sim/clock')).status, 200)
  })
})
