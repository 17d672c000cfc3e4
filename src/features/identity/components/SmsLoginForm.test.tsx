import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { endSession, sessionStore } from '@/shared/api/session'
import { setHttpTransport, type HttpTransport } from '@/shared/platform/request'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { nodeHttpTransport, startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { SmsLoginForm } from './SmsLoginForm'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'

setStorageBackend(createMemoryStorage())

let platform: TestPlatform
let sentCodes: string[]
let requests: string[]

beforeEach(async () => {
  platform = await startTestPlatform()
  endSession()
  sentCodes = []
  requests = []
  // Observe the real traffic: the simulator hands out the SMS code as devCode outside production.
  const real: HttpTransport = nodeHttpTransport(platform.apiUrl.replace(/\/api\/v1$/, ''))
  setHttpTransport(async (request) => {
    requests.push(`${request.method} ${request.url}`)
    const response = await real(request)
    const devCode = /"devCode":"(\d+)"/.exec(response.text)?.[1]
    if (devCode) sentCodes.push(devCode)
    return response
  })
})

afterEach(async () => {
  await platform.close()
})

function renderForm(onSignedIn = jest.fn()) {
  renderWithQueries(<SmsLoginForm onSignedIn={onSignedIn} />)
  return onSignedIn
}

/** Taro's H5 input reports typing as an `input` event carrying `detail.value`. */
function type(fieldName: string, value: string) {
  const input = document.querySelector(`.field__input[name="${fieldName}"], [name="${fieldName}"]`)
  if (!input) throw new Error(`no input named ${fieldName}`)
  act(() => {
    input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true }))
  })
}

const tap = (text: string) => act(() => void fireEvent.click(screen.getByText(text)))

describe('SmsLoginForm', () => {
  it('explains a wrong phone number next to the field and sends nothing', async () => {
    renderForm()
    type('phone', '1380013800')
    tap('获取验证码')
    expect(await screen.findByText('请输入正确的11位手机号')).toBeTruthy()
    expect(requests).toEqual([])
  })

  it('asks for both fields on submit, each with its own message', async () => {
    renderForm()
    tap('登录')
    expect(await screen.findByText('请输入正确的11位手机号')).toBeTruthy()
    expect(screen.getByText('请输入6位数字验证码')).toBeTruthy()
    expect(requests).toEqual([])
  })

  it('sends a code, counts down, rejects a wrong code at the field and signs in with the right one', async () => {
    const onSignedIn = renderForm()
    type('phone', '13887001234')
    tap('获取验证码')
    expect(await screen.findByText(/秒后可重新获取/)).toBeTruthy()
    expect(sentCodes).toHaveLength(1)

    const wrong = sentCodes[0] === '000000' ? '111111' : '000000'
    type('code', wrong)
    tap('登录')
    expect(await screen.findByText('验证码不正确')).toBeTruthy()
    expect(onSignedIn).not.toHaveBeenCalled()

    type('code', sentCodes[0] ?? '')
    tap('登录')
    await waitFor(() => expect(onSignedIn).toHaveBeenCalledTimes(1))
    expect(sessionStore.getState().user?.phoneMasked).toBe('138****1234')
  })
})
