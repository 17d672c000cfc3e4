import { AuthTokensSchema, MeSchema } from '@contract/api'
import * as v from 'valibot'
import { createMemoryStorage, setStorageBackend } from '../platform/storage'
import { setHttpTransport, TransportError } from '../platform/request'
import { startTestPlatform, type TestPlatform } from '../testing/simulator'
import { apiRequest, onSessionExpired } from './client'
import { ApiError } from './errors'
import { endSession, sessionStore, startSession } from './session'

const storage = createMemoryStorage()
setStorageBackend(storage)

let platform: TestPlatform

beforeEach(async () => {
  platform = await startTestPlatform()
  endSession()
})

afterEach(async () => {
  await platform.close()
})

async function signIn(phone = '13887001234') {
  const tokens = v.parse(AuthTokensSchema, await platform.sim('/__sim/login', { phone }))
  startSession(tokens)
  return tokens
}

const getMe = () => apiRequest({ method: 'GET', path: '/me', schema: MeSchema, auth: 'required' })

describe('apiRequest against the simulator', () => {
  it('returns the validated, masked profile of the signed-in citizen', async () => {
    await signIn()
    const me = await getMe()
    expect(me.phoneMasked).toBe('138****1234')
    expect(JSON.stringify(storage.dump())).not.toContain('13887001234')
  })

  it('refreshes an expired access token once and retries, without the caller noticing', async () => {
    const first = await signIn()
    await platform.sim('/__sim/clock', { advanceSeconds: 3 * 3600 })
    const me = await getMe()
    expect(me.id).toBe(first.user.id)
    expect(sessionStore.getState().accessToken).not.toBe(first.accessToken)
    expect(sessionStore.getState().refreshToken).not.toBe(first.refreshToken)
  })

  it('shares one refresh between calls that hit 401 together (a second refresh would reuse a revoked token)', async () => {
    await signIn()
    await platform.sim('/__sim/clock', { advanceSeconds: 3 * 3600 })
    const results = await Promise.all([getMe(), getMe(), getMe()])
    expect(new Set(results.map((me) => me.id)).size).toBe(1)
    expect(sessionStore.getState().accessToken).not.toBeNull()
  })

  it('ends the session and tells the app once when the refresh token is no longer valid', async () => {
    const tokens = await signIn()
    await platform.sim('/auth/logout', { refreshToken: tokens.refreshToken })
    await platform.sim('/__sim/clock', { advanceSeconds: 3 * 3600 })
    const expired = jest.fn()
    const unsubscribe = onSessionExpired(expired)
    await expect(getMe()).rejects.toMatchObject({ kind: 'unauthenticated', status: 401 })
    unsubscribe()
    expect(expired).toHaveBeenCalledTimes(1)
    expect(sessionStore.getState().accessToken).toBeNull()
  })

  it('asks a guest to sign in without calling the platform', async () => {
    await expect(getMe()).rejects.toMatchObject({ kind: 'unauthenticated' })
  })

  it('maps 422 field messages onto fields', async () => {
    await signIn('18987056789')
    const error = await apiRequest({
      method: 'POST',
      path: '/me/realname',
      body: { name: '陈小红', idNumber: '530602200409180041' },
      schema: MeSchema,
      auth: 'required',
    }).catch((caught: unknown) => caught)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).status).toBe(422)
    expect((error as ApiError).fieldErrors.idNumber).toMatch(/校验/)
    expect((error as ApiError).retryable).toBe(false)
  })

  it('turns an injected 503 into a retryable plain-Chinese error', async () => {
    await signIn()
    await platform.sim('/__sim/faults', { route: '/me', status: 503 })
    await expect(getMe()).rejects.toMatchObject({
      kind: 'server',
      status: 503,
      retryable: true,
      message: expect.stringMatching(/稍后再试/),
    })
  })

  it('turns a dropped connection into a network error; only a failed send says what was typed is kept', async () => {
    await signIn()
    await platform.sim('/__sim/faults', { route: '/me', drop: true })
    const reading = await getMe().catch((caught: unknown) => caught)
    expect(reading).toMatchObject({ kind: 'network', message: expect.stringMatching(/检查网络/) })
    expect((reading as ApiError).message).not.toMatch(/已保留/)

    await platform.sim('/__sim/faults', { route: '/me/realname', drop: true })
    await expect(
      apiRequest({
        method: 'POST',
        path: '/me/realname',
        body: { name: '陈小红', idNumber: '530602200409180041' },
        schema: MeSchema,
        auth: 'required',
      }),
    ).rejects.toMatchObject({ kind: 'network', message: expect.stringMatching(/您填写的内容已保留/) })
  })
})

describe('apiRequest with a broken platform', () => {
  beforeEach(async () => {
    await signIn()
  })

  it.each([
    ['an HTML error page', 200, '<html><body>Bad Gateway</body></html>'],
    ['JSON of the wrong shape', 200, '{"id": 42}'],
    ['an empty body', 200, ''],
    ['a 4xx without the contract error body', 418, 'teapot'],
  ])('reports %s as malformed instead of crashing', async (_label, status, text) => {
    setHttpTransport(async () => ({ status, text }))
    await expect(getMe()).rejects.toMatchObject({ kind: 'malformed', retryable: true })
  })

  it('reports a timeout as such', async () => {
    setHttpTransport(async () => {
      throw new TransportError('timeout', 'request:fail timeout')
    })
    await expect(getMe()).rejects.toMatchObject({ kind: 'timeout', message: expect.stringMatching(/超时/) })
  })
})
