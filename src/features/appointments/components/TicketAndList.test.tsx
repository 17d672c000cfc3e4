import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { AuthTokens } from '@contract/api'
import type { Appointment } from '@contract/api/appointments'
import { endSession, startSession } from '@/shared/api/session'
import { openMap } from '@/shared/platform/location'
import { openRoute } from '@/shared/platform/navigation'
import { callPhone } from '@/shared/platform/phone'
import { setHttpTransport } from '@/shared/platform/request'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
import { nodeHttpTransport, startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { AppointmentTicket } from './AppointmentTicket'
import { MyAppointments } from './MyAppointments'
import { bookAs, ID_CARD, slotAt, slotWhen } from './testing'

jest.mock('@/shared/platform/navigation', () => ({ openRoute: jest.fn(), currentRoute: jest.fn() }))
jest.mock('@/shared/platform/location', () => ({ openMap: jest.fn() }))
jest.mock('@/shared/platform/phone', () => ({ callPhone: jest.fn() }))

setStorageBackend(createMemoryStorage())
// Each test talks to a real simulator over HTTP: on a busy 2-core machine an answer can take seconds.
configure({ asyncUtilTimeout: 5_000 })
jest.setTimeout(30_000)

const NOW = '2026-11-18T10:00:00+08:00'

let platform: TestPlatform
let tokens: AuthTokens

beforeEach(async () => {
  platform = await startTestPlatform(NOW)
  endSession()
  tokens = (await platform.sim('/__sim/login', { phone: '13900001111' })) as AuthTokens
  startSession(tokens)
})

afterEach(async () => {
  await platform.close()
})

/** Books through the platform as the signed-in citizen (the booking flow has its own tests). */
async function book(date: string, time: string): Promise<Appointment> {
  return bookAs(platform, tokens, (await slotAt(platform, date, time)).slotId)
}

const tap = (name: string | RegExp) => act(() => void fireEvent.click(screen.getByRole('button', { name })))

describe('AppointmentTicket', () => {
  it('shows the code to present, its QR code, when and where, and the way to the hall', async () => {
    const appointment = await book('2026-11-19', '18:00')
    renderWithQueries(<AppointmentTicket appointmentId={appointment.appointmentId} />)
    // The time range is one unbreakable piece after the day, so a wrap never splits it ("18:00–" / "18:30").
    const time = await screen.findByText('18:00–18:30')
    expect(time.className).toContain('slot-when__time')
    expect(slotWhen('11月19日 周四 18:00–18:30')).toBeTruthy()
    // Who will come, with a label saying so (a bare 本人 said nothing); this citizen is not verified yet.
    const who = screen.getByText('办事人').closest('.ticket__line') as HTMLElement
    expect(within(who).getByText('本人')).toBeTruthy()
    expect(screen.getByText('已预约')).toBeTruthy()
    expect(screen.getByText('晚间延时')).toBeTruthy()
    expect(screen.getByText(`${appointment.code.slice(0, 4)} ${appointment.code.slice(4)}`)).toBeTruthy()
    const qr = document.querySelector('.ticket__qr')
    expect(qr?.getAttribute('src')).toMatch(/^data:image\/gif;base64,/)

    tap('地图和导航')
    expect(openMap).toHaveBeenCalledWith(expect.objectContaining({ name: '昭通市民之家', latitude: 27.3569 }))
    tap(/^拨打大厅电话/)
    expect(callPhone).toHaveBeenCalledWith('0870-2150123')
    act(() => void fireEvent.click(screen.getByRole('link', { name: '查看办事指南和要带的材料' })))
    expect(openRoute).toHaveBeenCalledWith(`/packages/guide/item/index?id=${ID_CARD}`)
  })

  it('records a reminder (SMS on H5) and says when it will come', async () => {
    const appointment = await book('2026-11-23', '18:00')
    renderWithQueries(<AppointmentTicket appointmentId={appointment.appointmentId} />)
    await screen.findByRole('button', { name: '提醒我按时去办' })
    tap('提醒我按时去办')
    expect(await screen.findByText('已设置提醒：将在11月22日 19:00通过短信提醒您')).toBeTruthy()
  })

  it('cancels only after the citizen confirms in the page, then shows the code as no longer valid', async () => {
    const appointment = await book('2026-11-19', '18:00')
    renderWithQueries(<AppointmentTicket appointmentId={appointment.appointmentId} />)
    await screen.findByRole('button', { name: '取消预约' })
    tap('取消预约')
    expect(screen.getByRole('alertdialog', { name: '确定取消这个预约吗？' })).toBeTruthy()
    tap('不取消')
    expect(screen.queryByRole('alertdialog')).toBeNull()

    tap('取消预约')
    tap('确定取消')
    expect(await screen.findByText('已取消')).toBeTruthy()
    expect(screen.getByText('此预约码已不能使用')).toBeTruthy()
    expect(document.querySelector('.ticket__qr')).toBeNull()
    expect(screen.queryByRole('button', { name: '改约其他时间' })).toBeNull()
    tap('重新预约这项业务')
    expect(openRoute).toHaveBeenCalledWith(
      `/packages/appointments/book/index?serviceId=${ID_CARD}&hallId=hall-city`,
    )
  })

  it('past the hall’s cut-off offers the hall’s phone instead of cancel and reschedule', async () => {
    const appointment = await book('2026-11-19', '18:00')
    await platform.sim('/__sim/clock', { now: '2026-11-19T16:30:00+08:00' })
    startSession((await platform.sim('/__sim/login', { phone: '13900001111' })) as AuthTokens)
    renderWithQueries(<AppointmentTicket appointmentId={appointment.appointmentId} />)
    expect(
      await screen.findByText('已过取消和改约的时间。如果不能按时前往，请致电大厅 0870-2150123。'),
    ).toBeTruthy()
    expect(screen.queryByRole('button', { name: '取消预约' })).toBeNull()
  })
})

describe('MyAppointments', () => {
  it('lists what is coming, soonest first, then the past, each opening its ticket', async () => {
    await book('2026-11-25', '18:00')
    const sooner = await book('2026-11-20', '12:00')
    const gone = await book('2026-11-27', '09:00')
    await platform.sim(`/__sim/appointments/${gone.appointmentId}/attend`)
    renderWithQueries(<MyAppointments />)
    const cards = await screen.findAllByRole('link')
    expect(cards.map((card) => card.getAttribute('aria-label'))).toEqual([
      '已预约，居民身份证换领，11月20日 周五 12:00–12:30 午间不打烊，昭通市民之家',
      '已预约，居民身份证换领，11月25日 周三 18:00–18:30 晚间延时，昭通市民之家',
      '已到场办理，居民身份证换领，11月27日 周五 09:00–09:30 工作时间，昭通市民之家',
    ])
    act(() => void fireEvent.click(cards[0]))
    expect(openRoute).toHaveBeenCalledWith(`/packages/appointments/ticket/index?id=${sooner.appointmentId}`)
  })

  it('explains a failure and recovers on 重试', async () => {
    setHttpTransport(async () => {
      throw new Error('offline')
    })
    renderWithQueries(<MyAppointments />)
    expect(await screen.findByText(/网络连接不上/)).toBeTruthy()
    setHttpTransport(nodeHttpTransport(platform.apiUrl.replace(/\/api\/v1$/, '')))
    tap('重试')
    expect(await screen.findByText('暂时没有待办的预约。')).toBeTruthy()
    await waitFor(() => expect(screen.queryByText(/网络连接不上/)).toBeNull())
  })
})
