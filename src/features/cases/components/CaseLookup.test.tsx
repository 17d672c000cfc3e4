import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { endSession } from '@/shared/api/session'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
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
  renderWithQueries(<CaseLookup />)
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
const searchDisabled = () =>
  screen.getByText('查询').closest('[aria-disabled]')?.getAttribute('aria-disabled') === 'true'
const find = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 5000 })

/** The right number with wrong digits as often as the platform allows (CASE_LOOKUP_LIMIT), each refused. */
async function fiveWrongTries() {
  type('caseNo', caseNo)
  for (let i = 0; i < 5; i++) {
    type('verifier', String(1000 + i))
    search()
    await find('办件编号或手机号后4位不正确，请核对回执后重试')
  }
}

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
    // The platform does not say how many tries are left: the page says the rule, and no number of its own.
    expect(screen.getByText('同一个办件编号1小时内输错5次，会暂停查询，最长1小时。')).toBeTruthy()
    expect(screen.queryByText(/还(剩|可以|能)/)).toBeNull()

    type('verifier', '1234')
    search()
    expect(await find('普通护照签发')).toBeTruthy()
    expect(screen.getByText('申请人 张**')).toBeTruthy()
    expect(screen.getByText('办理中')).toBeTruthy()
    expect(screen.getByText(/还剩7个工作日/)).toBeTruthy()
  })

  it('passes on the platform’s lock after 5 wrong tries', async () => {
    await fiveWrongTries()
    type('verifier', '1234')
    search()
    expect(await find(/查询错误次数过多，请1小时后再试/)).toBeTruthy()
  })

  it('after the lock, says until when and keeps 查询 off for that number until then', async () => {
    await fiveWrongTries()
    type('verifier', '1234')
    search()
    await find(/查询错误次数过多/)
    // The simulator's clock stands at 10:00 and the lock is an hour from its first wrong try.
    expect(screen.getByText(/^今天 \d\d:\d\d以后可以再查询这个办件编号$/)).toBeTruthy()
    expect(searchDisabled()).toBe(true)

    // Another number (one mistyped, perhaps) may still be looked up.
    type('caseNo', 'ZT20261123000000')
    expect(searchDisabled()).toBe(false)
    expect(screen.queryByText(/以后可以再查询/)).toBeNull()
    type('caseNo', caseNo.toLowerCase())
    expect(searchDisabled()).toBe(true)
  })

  it('gives 查询 back when the platform’s retry-after has passed', async () => {
    await fiveWrongTries()
    // A second before the first wrong try leaves the hour: the platform asks to wait a second.
    await platform.sim('/__sim/clock', { now: '2026-11-23T10:59:59+08:00' })
    type('verifier', '1234')
    search()
    await find(/查询错误次数过多/)
    expect(searchDisabled()).toBe(true)
    await waitFor(() => expect(searchDisabled()).toBe(false), { timeout: 5000 })
    expect(screen.queryByText(/查询错误次数过多/)).toBeNull()
    search()
    expect(await find('普通护照签发')).toBeTruthy()
  })
})
