import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import type { FeedbackTicket } from '@contract/api/feedback'
import type { AuthTokens } from '@contract/api/identity'
import { endSession, startSession } from '@/shared/api/session'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
import { startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { FeedbackForm } from './FeedbackForm'

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

function renderForm(caseId?: string) {
  const onFiled = jest.fn<void, [FeedbackTicket]>()
  renderWithQueries(<FeedbackForm caseId={caseId} onFiled={onFiled} />)
  return onFiled
}

/** Taro's input web components render their native fields a tick later; typing before that is lost. */
async function fieldsReady() {
  await waitFor(() => expect(document.querySelectorAll('textarea').length).toBe(1))
}

function type(name: string, value: string) {
  const input = document.querySelector(`.field__input[name="${name}"], [name="${name}"]`)
  if (!input) throw new Error(`no field named ${name}`)
  act(() => void input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })))
}
const click = (element: Element) => act(() => void fireEvent.click(element))

describe('办不成事反映', () => {
  it('asks for enough words and a usable phone, beside the fields', async () => {
    const onFiled = renderForm()
    await fieldsReady()
    type('content', '办不了')
    type('contactPhone', '12345')
    click(screen.getByText('提交反映'))
    expect(await screen.findByText('请用至少10个字说明遇到的问题')).toBeTruthy()
    expect(screen.getByText('请输入正确的11位手机号，或留空使用登录手机号')).toBeTruthy()
    expect(onFiled).not.toHaveBeenCalled()
  })

  it('files a complaint about one of my cases and gets a ticket number', async () => {
    const onFiled = renderForm('c-0001')
    await fieldsReady()
    click(screen.getByRole('radio', { name: '投诉' }))
    expect(screen.getByRole('radio', { name: '投诉' }).getAttribute('aria-checked')).toBe('true')
    type('content', '护照办理已经超过承诺时间，打电话一直没人接。')
    click(screen.getByText('提交反映'))
    await waitFor(() => expect(onFiled.mock.calls.length).toBe(1), { timeout: 5000 })
    const ticket = onFiled.mock.calls[0][0]
    expect(ticket.kind).toBe('complaint')
    expect(ticket.ticketNo).toMatch(/^GD20261123\d{5}$/)
    expect(ticket.caseNo).toMatch(/^ZT\d{14}$/)
    expect(ticket.contactPhoneMasked).toBe('138****1234')
  })
})
