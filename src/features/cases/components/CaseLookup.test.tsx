import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { endSession } from '@/shared/api/session'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { CaseLookup } from './CaseLookup'

setStorageBackend(createMemoryStorage())

let platform: TestPlatform
let caseNo: string

beforeEach(async () => {
  platform = await startTestPlatform()
  endSession()
  const filed = (await platform.sim('/__sim/cases', {
    phone: '13887001234',
    itemId: 'i-passport',
    status: 'processing',
  })) as { caseNo: string }
  caseNo = filed.caseNo
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <CaseLookup />
    </QueryClientProvider>,
  )
  // Taro's input web components render their native <input> a tick later; typing before that is lost.
  await waitFor(() => expect(document.querySelectorAll('input').length).toBe(2))
})
afterEach(() => platform.close())

function type(name: string, value: string) {
  const input = document.querySelector(`.field__input[name="${name}"], [name="${name}"]`)
  if (!input) throw new Error(`no input named ${name}`)
  act(() => void input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })))
}
const search = () => act(() => void fireEvent.click(screen.getByText('查询')))
const find = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 5000 })

describe('办件查询 without login', () => {
  it('checks the fields before asking the platform', async () => {
    type('verifier', '12')
    search()
    expect(await find('请输入办件编号')).toBeTruthy()
    expect(screen.getByText('请输入申请人手机号的后4位数字')).toBeTruthy()
  })

  it('says a wrong number or phone plainly, then shows the masked summary to the right ones', async () => {
    type('caseNo', caseNo)
    type('verifier', '9999')
    search()
    expect(await find('办件编号或手机号后4位不正确，请核对回执后重试')).toBeTruthy()

    type('verifier', '1234')
    search()
    expect(await find('普通护照签发')).toBeTruthy()
    expect(screen.getByText('申请人 张**')).toBeTruthy()
    expect(screen.getByText('办理中')).toBeTruthy()
    expect(screen.getByText(/还剩7个工作日/)).toBeTruthy()
  })

  it('passes on the platform’s lock after 5 wrong tries', async () => {
    type('caseNo', caseNo)
    for (let i = 0; i < 5; i++) {
      type('verifier', String(1000 + i))
      search()
      await find('办件编号或手机号后4位不正确，请核对回执后重试')
    }
    type('verifier', '1234')
    search()
    expect(await find(/查询错误次数过多，请1小时后再试/)).toBeTruthy()
  })
})
