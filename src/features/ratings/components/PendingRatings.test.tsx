import { screen } from '@testing-library/react'
import type { AuthTokens } from '@contract/api/identity'
import { endSession, startSession } from '@/shared/api/session'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
import { startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { MyRatings } from './PendingRatings'

setStorageBackend(createMemoryStorage())

let platform: TestPlatform

beforeEach(async () => {
  platform = await startTestPlatform()
})
afterEach(async () => {
  endSession()
  await platform.close()
})

async function renderMine(phone: string) {
  startSession((await platform.sim('/__sim/login', { phone })) as AuthTokens)
  renderWithQueries(<MyRatings />)
}

const find = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 5000 })

describe('我的评价', () => {
  it('says where a 差评’s follow-up is in words that read, and which day the date is', async () => {
    // The seed: 李秀英 rated her property transfer 不满意 (r-0002); the department is fixing it.
    await renderMine('15887012345')
    expect(await find('部门整改中')).toBeTruthy()
    expect(screen.queryByText(/整改整改|整改已整改|整改待核实/)).toBeNull()
    expect(screen.getByText(/^办件 · 评价于 \d+月\d+日$/)).toBeTruthy()
    const row = screen.getByRole('link', { name: /部门整改中/ })
    expect(row.getAttribute('aria-label')).toMatch(/，我的评价：不满意，评价于 \d+月\d+日，部门整改中$/)
  })
})
