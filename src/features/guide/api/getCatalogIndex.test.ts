import { setHttpTransport, type HttpTransport } from '@/shared/platform/request'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { nodeHttpTransport, startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { getCatalogIndex, readStoredCatalogIndex } from './getCatalogIndex'

let platform: TestPlatform
let storage: ReturnType<typeof createMemoryStorage>
let exchanges: Array<{ ifNoneMatch: string | undefined; status: number; bytes: number }>

beforeEach(async () => {
  platform = await startTestPlatform()
  storage = createMemoryStorage()
  setStorageBackend(storage)
  exchanges = []
  const real: HttpTransport = nodeHttpTransport(platform.apiUrl.replace(/\/api\/v1$/, ''))
  setHttpTransport(async (request) => {
    const response = await real(request)
    exchanges.push({
      ifNoneMatch: request.headers['If-None-Match'],
      status: response.status,
      bytes: response.text.length,
    })
    return response
  })
})

afterEach(async () => {
  await platform.close()
})

describe('getCatalogIndex against the simulator', () => {
  it('downloads the index once, keeps it, and later only revalidates it with its ETag (304)', async () => {
    const first = await getCatalogIndex()
    expect(first.entries.length).toBeGreaterThanOrEqual(300)
    expect(first.entries.some((e) => e.kind === 'bundle' && e.name === '新生儿出生一件事')).toBe(true)
    expect(readStoredCatalogIndex()).toEqual(first)

    const second = await getCatalogIndex()
    expect(second).toEqual(first)
    expect(exchanges.map(({ ifNoneMatch, status }) => [ifNoneMatch, status])).toEqual([
      [undefined, 200],
      [`"${first.version}"`, 304],
    ])
    expect(exchanges[1]?.bytes).toBe(0)
  })

  it('downloads again when the kept copy is out of date', async () => {
    storage.set('ttb.catalog-index.v1', JSON.stringify({ version: 'old', entries: [] }))
    const index = await getCatalogIndex()
    expect(index.entries.length).toBeGreaterThan(0)
    expect(exchanges.map((e) => e.status)).toEqual([200])
    expect(readStoredCatalogIndex()?.version).toBe(index.version)
  })

  it('answers from the kept copy when the platform cannot be reached, and fails only without one', async () => {
    const kept = await getCatalogIndex()
    await platform.sim('/__sim/faults', { route: '/catalog/index', status: 0 })
    await expect(getCatalogIndex()).resolves.toEqual(kept)

    storage.remove('ttb.catalog-index.v1')
    await expect(getCatalogIndex()).rejects.toMatchObject({ kind: 'network' })
  })

  it('ignores a kept copy that is not a catalog index', async () => {
    storage.set('ttb.catalog-index.v1', '{"version":1}')
    expect(readStoredCatalogIndex()).toBeUndefined()
    await getCatalogIndex()
    expect(exchanges.map((e) => e.ifNoneMatch)).toEqual([undefined])
  })
})
