import { act, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { AuthTokens } from '@contract/api/identity'
import { endSession, startSession } from '@/shared/api/session'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
import { startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { CaseList } from './CaseList'

setStorageBackend(createMemoryStorage())

let platform: TestPlatform

beforeEach(async () => {
  platform = await startTestPlatform()
})
afterEach(async () => {
  endSession()
  await platform.close()
})

async function signInAs(phone: string) {
  startSession((await platform.sim('/__sim/login', { phone })) as AuthTokens)
}

function renderList() {
  renderWithQueries(<CaseList />)
}

// A count, not the nodes: a failing expectation inside waitFor pretty-prints what it received, and printing
// Taro's DOM nodes takes long enough to starve the in-process simulator.
const cards = () => document.querySelectorAll('.case-card')
const tap = (element: Element) => act(() => void fireEvent.click(element))

describe('我的办件', () => {
  it('lists the seed citizen’s cases with their state and what to do, in words', async () => {
    await signInAs('13887001234')
    renderList()
    const birth = await screen.findByRole('link', { name: /^出生登记/ })
    expect(birth.getAttribute('aria-label')).toBe(
      '出生登记，待补正，暂停计时：补正材料期间不计入办理时限，剩余3个工作日保持不变，需要补正2项材料，请在12月4日前上传',
    )
    expect(within(birth).getByText('需要补正2项材料，请在12月4日前上传')).toBeTruthy()
    expect(screen.getByRole('link', { name: /^住房公积金提取，已办结.*请评价本次服务/ })).toBeTruthy()
    expect(cards().length).toBe(6)
    expect(screen.getByText('共6件，已全部显示')).toBeTruthy()
  })

  it('filters by the chip tapped, and says when a filter has nothing', async () => {
    await signInAs('13887001234')
    renderList()
    await screen.findByRole('link', { name: /^出生登记/ })
    tap(screen.getByRole('radio', { name: '待补正' }))
    await waitFor(() => expect(cards().length).toBe(1), { timeout: 5000 })
    expect(screen.getByRole('radio', { name: '待补正' }).getAttribute('aria-checked')).toBe('true')
    expect(screen.getByRole('link', { name: /^出生登记/ })).toBeTruthy()

    await signInAs('15887012345')
    tap(screen.getByRole('radio', { name: '不予受理' }))
    expect(await screen.findByText('没有“不予受理”的办件。', {}, { timeout: 5000 })).toBeTruthy()
  })

  it('loads a long list page by page', async () => {
    await signInAs('13908701111')
    renderList()
    await waitFor(() => expect(cards().length).toBe(20), { timeout: 5000 })
    tap(screen.getByText('加载更多'))
    await waitFor(() => expect(cards().length).toBe(24), { timeout: 5000 })
    expect(screen.getByText('共24件，已全部显示')).toBeTruthy()
  })

  it('invites someone with no cases to get something done', async () => {
    await signInAs('13600009999')
    renderList()
    expect(await screen.findByText(/还没有办件/)).toBeTruthy()
    expect(screen.getByText('去办事')).toBeTruthy()
  })
})
