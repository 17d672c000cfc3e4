import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import { endSession, startSession } from '@/shared/api/session'
import { openRoute, replaceRoute } from '@/shared/platform/navigation'
import { type HttpRequest, setHttpTransport } from '@/shared/platform/request'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { nodeHttpTransport, startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { BookingFlow } from './BookingFlow'
import { bookAs, ID_CARD, meanwhile, newCitizen, slotAt, slotsOn, slotWhen } from './testing'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'

jest.mock('@/shared/platform/navigation', () => ({
  openRoute: jest.fn(),
  replaceRoute: jest.fn(),
  currentRoute: jest.fn(() => '/packages/appointments/book/index'),
}))

setStorageBackend(createMemoryStorage())
// Each test talks to a real simulator over HTTP: on a busy 2-core machine an answer can take seconds.
configure({ asyncUtilTimeout: 5_000 })
jest.setTimeout(30_000)

// Wednesday 18 November 2026, 10:00: the window is Thu 19 Nov … Wed 2 Dec.
const NOW = '2026-11-18T10:00:00+08:00'

let platform: TestPlatform
let sent: HttpRequest[]

beforeEach(async () => {
  platform = await startTestPlatform(NOW)
  endSession()
  sent = []
  const real = nodeHttpTransport(platform.apiUrl.replace(/\/api\/v1$/, ''))
  setHttpTransport(async (request) => {
    sent.push(request)
    return real(request)
  })
})

afterEach(async () => {
  await platform.close()
})

function renderFlow(props: Parameters<typeof BookingFlow>[0] = {}) {
  renderWithQueries(<BookingFlow {...props} />)
}

const button = (name: string | RegExp) => screen.getByRole('button', { name })
const tap = (element: HTMLElement) => act(() => void fireEvent.click(element))

/** Taro's H5 input reports typing as an `input` event carrying `detail.value`. */
function type(fieldName: string, value: string) {
  const input = document.querySelector(`[name="${fieldName}"]`)
  if (!input) throw new Error(`no input named ${fieldName}`)
  act(() => void input.dispatchEvent(new CustomEvent('input', { detail: { value }, bubbles: true })))
}

describe('BookingFlow', () => {
  it('goes from service to hall to a marked week strip, and books an evening slot for the citizen', async () => {
    startSession(await newCitizen(platform))
    renderFlow()
    tap(
      await screen.findByRole('button', {
        name: /^居民身份证换领，工作时间外还可约：午间 · 晚间 · 周末 · 节假日/,
      }),
    )
    tap(await screen.findByRole('button', { name: /^昭通市民之家，/ }))

    // The strip says, for each day, what is free in words a screen reader reads out.
    const thursday = await screen.findByRole('button', {
      name: /^11月19日 周四，可约工作时间、午间、晚间，共余\d+个名额，已选中$/,
    })
    expect(within(thursday).getByText('晚间')).toBeTruthy()
    expect(button(/^11月21日 周六，周末，可约周末/)).toBeTruthy()
    expect(screen.getByText('晚间延时 18:00–20:00')).toBeTruthy()

    tap(button('18:00–18:30，还剩3个名额'))
    expect(await screen.findByText('第4步，共4步')).toBeTruthy()
    expect(slotWhen('明天 11月19日 周四 18:00–18:30')).toBeTruthy()
    tap(button('确认预约'))

    await waitFor(() =>
      expect(replaceRoute).toHaveBeenCalledWith(
        expect.stringMatching(/^\/packages\/appointments\/ticket\/index\?id=a-\d+$/),
      ),
    )
    const booking = sent.find((r) => r.method === 'POST' && r.url.endsWith('/appointments'))
    expect(booking?.body).toEqual({ slotId: `hall-city_${ID_CARD}_2026-11-19_1800`, serviceId: ID_CARD })
    expect(booking?.headers['Idempotency-Key']).toMatch(/^[0-9a-f-]{36}$/)
    expect((await meanwhile(() => slotAt(platform, '2026-11-19', '18:00'))).remaining).toBe(2)
  })

  it('when the last place goes while confirming: says so, offers the nearest evenings and refreshes the list', async () => {
    const target = await slotAt(platform, '2026-11-20', '18:00')
    for (let i = 0; i < target.remaining - 1; i++)
      await bookAs(platform, await newCitizen(platform), target.slotId)
    startSession(await newCitizen(platform))
    renderFlow({ serviceId: ID_CARD, hallId: 'hall-city', slotId: target.slotId })
    expect(await screen.findByText('第4步，共4步')).toBeTruthy()

    await meanwhile(async () => bookAs(platform, await newCitizen(platform), target.slotId))
    tap(button('确认预约'))

    const notice = await screen.findByRole('alert')
    expect(within(notice).getByText('您选的时段刚刚约满了，请换一个时段')).toBeTruthy()
    const offered = within(notice)
      .getAllByRole('button')
      .map((b) => b.textContent)
    expect(offered).toEqual([
      '后天 11月20日 周五 晚间 18:30–19:00，还剩3个名额',
      '后天 11月20日 周五 晚间 19:00–19:30，还剩3个名额',
      '后天 11月20日 周五 晚间 19:30–20:00，还剩3个名额',
    ])
    expect(await screen.findByRole('button', { name: '18:00–18:30，已约满' })).toBeTruthy()
    expect(screen.queryByText('您选的时段已经约满，请换一个时段')).toBeNull()

    tap(within(notice).getAllByRole('button')[0])
    await waitFor(() => expect(slotWhen('后天 11月20日 周五 18:30–19:00')).toBeTruthy())
  })

  it('checks a relative’s details before sending a 帮办代办 booking', async () => {
    startSession(await newCitizen(platform))
    const [slot] = await slotsOn(platform, '2026-11-23')
    renderFlow({ serviceId: ID_CARD, hallId: 'hall-city', slotId: slot.slotId })
    tap(await screen.findByRole('radio', { name: '帮家人预约（帮办代办）' }))
    type('name', '李秀兰')
    type('idNumber', '530602195003120040')
    type('phone', '1351234')
    tap(button('确认预约'))
    expect(await screen.findByText('校验位不正确，请核对')).toBeTruthy()
    expect(screen.getByText('请输入正确的11位手机号')).toBeTruthy()
    expect(sent.filter((r) => r.method === 'POST')).toEqual([])
  })

  it('sends a guest to login, coming back to the same slot', async () => {
    const [slot] = await slotsOn(platform, '2026-11-23')
    renderFlow({ serviceId: ID_CARD, hallId: 'hall-city', slotId: slot.slotId })
    tap(await screen.findByText('登录并确认预约'))
    expect(openRoute).toHaveBeenCalledWith(
      expect.stringContaining(encodeURIComponent(`slotId=${slot.slotId}`)),
    )
    expect(sent.filter((r) => r.method === 'POST')).toEqual([])
  })

  it('drops a preselected hall that does not book the service, saying why', async () => {
    renderFlow({ serviceId: 'i-passport', hallId: 'hall-zy-beizha' })
    expect(await screen.findByText('您选的大厅暂不预约这项业务，请选择其他大厅')).toBeTruthy()
    expect(screen.getByText('第2步，共4步')).toBeTruthy()
    expect(screen.queryByRole('button', { name: /^昭阳区北闸镇便民服务中心/ })).toBeNull()
  })
})
