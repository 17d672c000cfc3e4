import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, it, type TestContext } from 'node:test'

import { startSimulator } from '../app'
import { seedState } from '../state'
import { apiClient } from '../testing/client'
import { openStateStore } from './store'

async function tempDir(t: TestContext): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ttb-sim-'))
  t.after(() => rm(dir, { recursive: true, force: true }))
  return dir
}

const revive = (loaded: unknown) => (loaded && typeof loaded === 'object' ? (loaded as { n: number }) : null)

describe('state store', () => {
  it('coalesces a burst of changes into whole-file writes and leaves no temp files', async (t) => {
    const dir = await tempDir(t)
    const file = join(dir, 'nested', 'state.json')
    const store = await openStateStore({ file, seed: () => ({ n: 0 }), revive })
    for (let i = 1; i <= 500; i++) {
      store.state.n = i
      store.persist()
    }
    await store.flush()
    assert.deepEqual(JSON.parse(await readFile(file, 'utf8')), { n: 500 })
    assert.deepEqual(await readdir(join(dir, 'nested')), ['state.json'])
  })

  it('always leaves a complete file on disk while writes are in progress', async (t) => {
    const dir = await tempDir(t)
    const file = join(dir, 'state.json')
    const store = await openStateStore({ file, seed: () => ({ n: 0, pad: 'x'.repeat(200_000) }), revive })
    store.persist()
    await store.flush()
    for (let i = 0; i < 40; i++) {
      store.state.n = i
      store.persist()
      // Every read sees a parseable file: the rename swaps whole files.
      JSON.parse(await readFile(file, 'utf8'))
      await new Promise((resolve) => setTimeout(resolve, 3))
    }
    await store.flush()
    assert.equal(JSON.parse(await readFile(file, 'utf8')).n, 39)
  })

  it('moves an unreadable file aside and starts from the seed', async (t) => {
    const dir = await tempDir(t)
    const file = join(dir, 'state.json')
    await writeFile(file, '{"n": 4') // a torn write from some other tool
    const logged: string[] = []
    const store = await openStateStore({ file, seed: () => ({ n: 0 }), revive, log: (l) => logged.push(l) })
    assert.deepEqual(store.state, { n: 0 })
    const files = await readdir(dir)
    assert.ok(
      files.some((f) => f.startsWith('state.json.unreadable-')),
      files.join(','),
    )
    assert.equal(logged.length, 1)
  })
})

describe('simulator persistence', () => {
  it('keeps citizens, tokens and the clock across a restart with the same state file', async (t) => {
    const dir = await tempDir(t)
    const stateFile = join(dir, 'state.json')
    const first = await startSimulator({ port: 0, stateFile })
    const api1 = apiClient(first.url)
    const login = await api1.post('/__sim/login', {
      phone: '13600000001',
      realName: { name: '杨文才', idNumber: '530628199208150053' },
    })
    await api1.post('/__sim/clock', { now: '2025-03-03T09:00:00+08:00' })
    await first.close()

    const second = await startSimulator({ port: 0, stateFile })
    t.after(() => second.close())
    const api2 = apiClient(second.url)
    const me = await api2.get('/me', { token: login.body.accessToken })
    assert.equal(me.status, 200)
    assert.equal(me.body.id, 'u-0005')
    assert.equal(me.body.realNameVerified, true)
    assert.match((await api2.get('/__sim/clock')).body.now, /^2025-03-03T09:00/)
    assert.deepEqual(await readdir(dir), ['state.json'])
  })

  it('starts from the seed when the saved state is of another version, and fills in missing slices', async (t) => {
    const dir = await tempDir(t)
    const stateFile = join(dir, 'state.json')
    const { identity: _dropped, ...withoutIdentity } = seedState()
    await writeFile(stateFile, JSON.stringify(withoutIdentity))
    const sim = await startSimulator({ port: 0, stateFile })
    t.after(() => sim.close())
    const res = await apiClient(sim.url).post('/auth/wechat', { code: 'zhangmh-1' })
    assert.equal(res.body.user.id, 'u-0001')
    await sim.close()

    await writeFile(stateFile, JSON.stringify({ ...seedState(), version: 999, identity: 'not a slice' }))
    t.mock.method(console, 'warn', () => {})
    const again = await startSimulator({ port: 0, stateFile })
    t.after(() => again.close())
    assert.equal(
      (await apiClient(again.url).post('/auth/wechat', { code: 'zhangmh-1' })).body.user.id,
      'u-0001',
    )
  })

  it('flushes state when `npm run mock` gets SIGTERM', { timeout: 30_000 }, async (t) => {
    const dir = await tempDir(t)
    const stateFile = join(dir, 'state.json')
    const child = spawn(process.execPath, ['--import', 'tsx', 'mock/server.ts'], {
      env: { ...process.env, PORT: '0', MOCK_STATE_FILE: stateFile, NODE_ENV: 'development' },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    t.after(() => child.kill('SIGKILL'))
    const url = await new Promise<string>((resolve, reject) => {
      let out = ''
      child.stdout.on('data', (chunk: Buffer) => {
        out += chunk.toString()
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)\/api\/v1/.exec(out)
        if (match) resolve(match[1])
      })
      child.once('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)))
    })
    await apiClient(url).post('/__sim/login', { phone: '13600000009' })
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
    child.kill('SIGTERM')
    assert.equal(await exited, 0)
    const saved = JSON.parse(await readFile(stateFile, 'utf8'))
    assert.ok(
      Object.values(saved.identity.citizens).some((c) => (c as { phone: string }).phone === '13600000009'),
    )
  })
})
