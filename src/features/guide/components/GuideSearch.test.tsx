import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import type { CatalogEntry, CatalogIndex } from '@contract/api/catalog'
import { openRoute } from '@/shared/platform/navigation'
import { setHttpTransport, type HttpRequest } from '@/shared/platform/request'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { MAX_SYSTEM_FONT_SCALE, typeScaleFor } from '@/shared/preferences/fontScale'
import { cssPx, designPxOf, expand, pageContentWidth, ruleOf, textWidth } from '@/shared/testing/narrowPhone'
import { ROUTES, withQuery } from '@/shared/routes'
import { GuideSearch, MAX_RESULTS } from './GuideSearch'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'

jest.mock('@/shared/platform/navigation', () => ({
  ...jest.requireActual('@/shared/platform/navigation'),
  openRoute: jest.fn(),
}))

const entry = (id: string, name: string, extra: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id,
  kind: id.startsWith('b-') ? 'bundle' : 'item',
  name,
  aliases: [],
  department: '昭通市公安局',
  tags: [],
  hot: 10,
  ...extra,
})

const INDEX: CatalogIndex = {
  version: 'v1',
  entries: [
    entry('b-newborn', '新生儿出生一件事', {
      aliases: ['生娃', '生孩子', '宝宝上户口'],
      department: '昭通市卫生健康委员会',
      tags: ['新生儿'],
      hot: 900,
    }),
    entry('b-retire', '退休一件事', {
      aliases: ['办退休'],
      department: '昭通市人力资源和社会保障局',
      hot: 500,
    }),
    entry('i-birth-registration', '出生登记', { aliases: ['报户口'], tags: ['新生儿', '户籍'], hot: 800 }),
    entry('i-licence-renewal', '机动车驾驶证期满换证', { aliases: ['驾照到期', '换驾照'], hot: 700 }),
    // Enough look-alikes that a broad query has more hits than a page shows.
    ...Array.from({ length: 30 }, (_, i) => entry(`i-cert-${i}`, `证明开具第${i + 1}类`, { hot: i })),
  ],
}

let storage: ReturnType<typeof createMemoryStorage>
let requests: string[]
let indexStatus: number

beforeEach(() => {
  storage = createMemoryStorage()
  setStorageBackend(storage)
  requests = []
  indexStatus = 200
  setHttpTransport(async (request: HttpRequest) => {
    requests.push(request.url)
    const json = (status: number, body: unknown) => ({ status, text: JSON.stringify(body) })
    if (request.url === '/api/v1/catalog/index') {
      return indexStatus === 200
        ? json(200, INDEX)
        : json(indexStatus, { code: 'SERVICE_UNAVAILABLE', message: '服务繁忙' })
    }
    if (request.url.startsWith('/api/v1/catalog/search?')) {
      const q = new URLSearchParams(request.url.split('?')[1]).get('q')
      return json(200, {
        query: q,
        results: [
          { id: 'b-newborn', kind: 'bundle', name: '新生儿出生一件事', department: '卫健委', score: 1 },
        ],
      })
    }
    return json(404, { code: 'NOT_FOUND', message: '没有找到' })
  })
})

function renderSearch(initialQuery?: string) {
  renderWithQueries(<GuideSearch initialQuery={initialQuery} notFoundHelp={<div>拨打 12345</div>} />)
}

/** Taro's H5 input reports typing as an `input` event carrying `detail.value`, once its web component is up. */
async function type(value: string) {
  const input = document.querySelector('taro-input-core') as
    (HTMLElement & { componentOnReady?: () => Promise<unknown> }) | null
  if (!input) throw new Error('no search input')
  await act(async () => void (await input.componentOnReady?.()))
  // Ready is not rendered: the value it is given is written to the inner <input>.
  await waitFor(() => expect(input.querySelector('input')).toBeTruthy())
  act(() => void input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })))
}

const resultRows = () => [...document.querySelectorAll('.entry-row')] as HTMLElement[]
const resultNames = () => resultRows().map((row) => row.querySelector('.entry-row__name')?.textContent)

describe('GuideSearch', () => {
  it('offers hot 一件事 and recent searches before anything is typed', async () => {
    storage.set('ttb.recent-searches.v1', JSON.stringify(['驾照到期']))
    renderSearch()
    expect(await screen.findByText('新生儿出生一件事')).toBeTruthy()
    expect(screen.getByText('退休一件事')).toBeTruthy()
    expect(screen.getByRole('button', { name: '搜索：驾照到期' })).toBeTruthy()
    act(() => void fireEvent.click(screen.getByRole('button', { name: '清除最近搜索' })))
    expect(screen.queryByText('驾照到期')).toBeNull()
    expect(storage.dump()['ttb.recent-searches.v1']).toBeUndefined()
  })

  it('finds the right 一件事 for a colloquial question as the citizen types, marked as such', async () => {
    renderSearch()
    await screen.findByText('新生儿出生一件事')
    await type('生娃了要办啥')
    await waitFor(() => expect(resultNames()[0]).toBe('新生儿出生一件事'))
    const first = resultRows()[0] as HTMLElement
    expect(first.textContent).toBe('新生儿出生一件事昭通市卫生健康委员会一件事')

    await type('护照驾照到期')
    await type('驾照到期')
    await waitFor(() => expect(resultNames()[0]).toBe('机动车驾驶证期满换证'))
    const marked = [...document.querySelectorAll('.entry-row__match')].map((el) => el.textContent)
    expect(marked.length).toBeGreaterThan(0)
    expect('机动车驾驶证期满换证').toContain(marked[0])
  })

  it(`renders at most ${MAX_RESULTS} rows however many match`, async () => {
    renderSearch()
    await screen.findByText('新生儿出生一件事')
    await type('证明开具')
    await waitFor(() => expect(resultNames().length).toBe(MAX_RESULTS))
    expect(screen.getByRole('status').textContent).toBe(`最相关的 ${MAX_RESULTS} 个服务`)
  })

  it('says plainly when nothing matches and offers the 办事 tab and the page’s help', async () => {
    renderSearch()
    await screen.findByText('新生儿出生一件事')
    await type('火星移民签证')
    expect(await screen.findByText('没有找到与“火星移民签证”相关的服务')).toBeTruthy()
    expect(screen.getByText('拨打 12345')).toBeTruthy()
    act(() => void fireEvent.click(screen.getByText('去“办事”按部门找')))
    expect(openRoute).toHaveBeenCalledWith(ROUTES.services)
  })

  it('offers the most requested 一件事 when letters typed spell nothing', async () => {
    renderSearch()
    await screen.findByText('新生儿出生一件事')
    await type('xyzqq')
    expect(await screen.findByText('没有找到与“xyzqq”相关的服务')).toBeTruthy()
    expect(resultRows()).toEqual([])
    act(() => void fireEvent.click(screen.getByRole('link', { name: '新生儿出生一件事' })))
    expect(openRoute).toHaveBeenCalledWith(withQuery(ROUTES.guideBundle, { id: 'b-newborn' }))
  })

  it('opens a result and remembers the query, but never one carrying a phone or ID number', async () => {
    renderSearch()
    await screen.findByText('新生儿出生一件事')
    await type('报户口')
    await waitFor(() => expect(resultNames()[0]).toBe('出生登记'))
    act(() => void fireEvent.click(resultRows()[0] as HTMLElement))
    expect(openRoute).toHaveBeenCalledWith(withQuery(ROUTES.guideItem, { id: 'i-birth-registration' }))
    expect(JSON.parse(storage.dump()['ttb.recent-searches.v1'] ?? '[]')).toEqual(['报户口'])

    await type('出生登记 13887001234')
    await waitFor(() => expect(resultNames()[0]).toBe('出生登记'))
    act(() => void fireEvent.click(resultRows()[0] as HTMLElement))
    expect(JSON.parse(storage.dump()['ttb.recent-searches.v1'] ?? '[]')).toEqual(['报户口'])
  })

  it('has a placeholder that fits one line of a 360 px phone in 长辈版, at the largest system font too', async () => {
    renderSearch()
    const core = document.querySelector('taro-input-core') as
      (HTMLElement & { componentOnReady?: () => Promise<unknown> }) | null
    await act(async () => void (await core?.componentOnReady?.()))
    const placeholder = await waitFor(() => {
      const value = core?.querySelector('input')?.getAttribute('placeholder')
      if (!value) throw new Error('no placeholder yet')
      return value
    })
    const field = ruleOf('features/guide/components/guide.scss', '.search-box__field')
    const [, right, , left] = expand(designPxOf(field, 'padding'))
    const [border] = designPxOf(field, 'border')
    // The browser's own padding of an <input>: 2 px each side (Taro's .weui-input keeps it).
    const inputWidth = pageContentWidth() - cssPx(left + right + 2 * border) - 4
    expect(textWidth(placeholder, typeScaleFor(true, MAX_SYSTEM_FONT_SCALE).body)).toBeLessThanOrEqual(
      inputWidth,
    )
  })

  it('asks the platform’s search while the catalog cannot be downloaded', async () => {
    indexStatus = 503
    renderSearch('生孩子')
    await waitFor(() => expect(resultNames()[0]).toBe('新生儿出生一件事'))
    expect(
      requests.some((url) => url.startsWith('/api/v1/catalog/search?q=%E7%94%9F%E5%AD%A9%E5%AD%90')),
    ).toBe(true)
  })

  it('never sends a typed phone, ID or case number to the platform, and points to 办件查询 instead', async () => {
    indexStatus = 503
    renderSearch()
    await type('１３８ ８７００ １２３４')
    expect(await screen.findByText('找服务不用输入证件号、手机号')).toBeTruthy()
    expect(screen.queryByText(/没有找到/)).toBeNull()
    await type('生孩子')
    await waitFor(() => expect(resultNames()[0]).toBe('新生儿出生一件事'))
    expect(screen.queryByText('找服务不用输入证件号、手机号')).toBeNull()
    const searched = requests.filter((url) => url.startsWith('/api/v1/catalog/search?'))
    expect(searched.length).toBeGreaterThan(0)
    expect(searched.every((url) => !/\d{4}|%EF%BC/.test(url.replace('/api/v1/', '')))).toBe(true)

    await type('530602198503120019')
    const toLookup = await screen.findByText('去办件查询')
    act(() => void fireEvent.click(toLookup))
    expect(openRoute).toHaveBeenCalledWith(ROUTES.caseLookup)
  })

  it('searches offline with the catalog kept from an earlier visit', async () => {
    storage.set('ttb.catalog-index.v1', JSON.stringify(INDEX))
    indexStatus = 0
    setHttpTransport(async () => {
      throw new (jest.requireActual('@/shared/platform/request').TransportError)('network', 'offline')
    })
    renderSearch()
    expect(await screen.findByText('退休一件事')).toBeTruthy()
    await type('退休')
    await waitFor(() => expect(resultNames()[0]).toBe('退休一件事'))
  })
})
