import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import type { AuthTokens } from '@contract/api/identity'
import type { Rating } from '@contract/api/ratings'
import { endSession, startSession } from '@/shared/api/session'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
import { startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { RatingForm } from './RatingForm'

setStorageBackend(createMemoryStorage())

let platform: TestPlatform

beforeEach(async () => {
  platform = await startTestPlatform()
  startSession((await platform.sim('/__sim/login', { phone: '13887001234' })) as AuthTokens)
})
afterEach(async () => {
  endSession()
  await platform.close()
})

function renderForm(id: string) {
  const onRated = jest.fn<void, [Rating]>()
  renderWithQueries(<RatingForm subject={{ type: 'case', id }} onRated={onRated} />)
  return onRated
}

const find = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 5000 })
const click = (element: Element) => act(() => void fireEvent.click(element))
const option = (name: string) =>
  screen.queryByRole('radio', { name }) ?? screen.getByRole('checkbox', { name })

describe('rating a case', () => {
  it('asks why for a 差评 before sending, then sends it and the department takes it up', async () => {
    const onRated = renderForm('c-0003')
    expect(await find('住房公积金提取')).toBeTruthy()
    expect(screen.getByText('请在11月27日前评价，逾期系统默认记为“基本满意”')).toBeTruthy()
    expect(screen.queryByText('哪里不满意（至少选一项）')).toBeNull()

    click(option('不满意'))
    expect(option('不满意').getAttribute('aria-checked')).toBe('true')
    expect(screen.getByText('哪里不满意（至少选一项）')).toBeTruthy()
    click(screen.getByText('提交评价'))
    expect(await find('请至少选择一项不满意的原因，便于部门核实整改')).toBeTruthy()
    expect(onRated).not.toHaveBeenCalled()
    // Beside the button, below every part of the form, the problem is named with where to fix it — not a
    // bare "fix what is marked" when the mark is screens up.
    const summary = screen.getByText('! 哪里不满意：请至少选择一项不满意的原因，便于部门核实整改')
    expect(screen.getByText('还不能提交，有1处需要修改（在上方）')).toBeTruthy()
    expect(screen.queryByText('请按提示补充后再提交')).toBeNull()
    const after = (a: Element, b: Element) =>
      !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_PRECEDING)
    expect(after(summary, screen.getByText('分项评价（选填）'))).toBe(true)
    expect(after(screen.getByText('提交评价'), summary)).toBe(true)

    click(option('办理时间长，超过承诺时限'))
    click(option('办事效率较差'))
    click(screen.getByText('提交评价'))
    await waitFor(() => expect(onRated.mock.calls.length).toBe(1), { timeout: 5000 })
    const rating = onRated.mock.calls[0][0]
    expect(rating.level).toBe(2)
    expect(rating.reasons).toEqual([{ id: 'slow', label: '办理时间长，超过承诺时限' }])
    expect(rating.indicators).toEqual([{ id: 'efficiency', label: '办事效率', score: 2 }])
    expect(rating.followUp?.status).toBe('pending_verification')
  })

  it('sends a good rating without reasons', async () => {
    const onRated = renderForm('c-0003')
    await find('住房公积金提取')
    click(option('非常满意'))
    click(screen.getByText('提交评价'))
    await waitFor(() => expect(onRated.mock.calls.length).toBe(1), { timeout: 5000 })
    expect(onRated.mock.calls[0][0].followUp).toBeNull()
  })

  it('says why a case cannot be rated instead of offering the form', async () => {
    renderForm('c-0001')
    expect(await find('这件事已经评价过，或者还不能评价（办结后5个工作日内可以评价）。')).toBeTruthy()
    expect(screen.queryByText('提交评价')).toBeNull()
  })
})
