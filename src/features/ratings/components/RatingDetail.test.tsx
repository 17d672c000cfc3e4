import { act, fireEvent, screen } from '@testing-library/react'
import type { AuthTokens } from '@contract/api/identity'
import { endSession, startSession } from '@/shared/api/session'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
import { startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { RatingDetail } from './RatingDetail'

setStorageBackend(createMemoryStorage())

// The seed: 李秀英 rated her property transfer 不满意 (r-0002); the department is fixing it.
const LI = '15887012345'
let platform: TestPlatform

beforeEach(async () => {
  platform = await startTestPlatform()
  startSession((await platform.sim('/__sim/login', { phone: LI })) as AuthTokens)
})
afterEach(async () => {
  endSession()
  await platform.close()
})

function renderDetail(ratingId: string) {
  renderWithQueries(<RatingDetail ratingId={ratingId} />)
}

const find = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 5000 })

describe('a 差评 and what came of it', () => {
  it('shows the department’s reply at its step', async () => {
    renderDetail('r-0002')
    expect(await find('我的评价：不满意')).toBeTruthy()
    expect(screen.getByText('整改中（当前进度）')).toBeTruthy()
    expect(screen.getByText('已回访（未开始）')).toBeTruthy()
    expect(screen.getByText(/窗口工作人员未一次性告知所需材料/)).toBeTruthy()
    expect(screen.getByText('不满意的原因：反复要求补充材料；办事指南与实际要求不一致')).toBeTruthy()
  })

  it('takes one 追评 once the department has answered, and keeps it as the follow-up goes on', async () => {
    await platform.sim('/__sim/ratings/r-0002/follow-up', {
      status: 'rectified',
      reply: '办事指南已更新，材料清单一次说清。',
    })
    renderDetail('r-0002')
    expect(await find('已整改（当前进度）')).toBeTruthy()
    const textarea = document.querySelector('[name="append"]')
    if (!textarea) throw new Error('no 追评 field')
    act(() => {
      textarea.dispatchEvent(
        new CustomEvent('input', { detail: { value: '看到指南更新了，谢谢。' }, bubbles: true }),
      )
    })
    act(() => void fireEvent.click(screen.getByText('提交追评')))
    expect(await find('我的追评')).toBeTruthy()
    expect(screen.getByText('看到指南更新了，谢谢。')).toBeTruthy()
    expect(screen.queryByText('提交追评')).toBeNull()
  })

  it('is not shown to someone else', async () => {
    startSession((await platform.sim('/__sim/login', { phone: '13887001234' })) as AuthTokens)
    renderDetail('r-0002')
    expect(await find('没有找到这条评价。')).toBeTruthy()
  })
})

describe('a good rating', () => {
  it('offers one 补充评价, not a 差评’s 追评 about a problem being solved', async () => {
    // 张 (u-0001) rated his driving licence renewal 非常满意 (r-0001).
    startSession((await platform.sim('/__sim/login', { phone: '13887001234' })) as AuthTokens)
    renderDetail('r-0001')
    expect(await find('我的评价：非常满意')).toBeTruthy()
    expect(screen.getByText('补充评价')).toBeTruthy()
    expect(screen.getByText('提交补充评价')).toBeTruthy()
    expect(screen.queryByText(/问题解决了吗/)).toBeNull()
    expect(screen.queryByText('追评')).toBeNull()
    expect(document.querySelector('[name="append"]')?.getAttribute('placeholder')).not.toMatch(/问题/)
  })
})
