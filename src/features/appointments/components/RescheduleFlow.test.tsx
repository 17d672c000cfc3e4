import { act, configure, fireEvent, screen, waitFor, within } from '@testing-library/react'
import type { AuthTokens } from '@contract/api'
import { endSession, startSession } from '@/shared/api/session'
import { replaceRoute } from '@/shared/platform/navigation'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
import { startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { RescheduleFlow } from './RescheduleFlow'
import { bookAs, meanwhile, newCitizen, slotAt } from './testing'

jest.mock('@/shared/platform/navigation', () => ({ replaceRoute: jest.fn(), currentRoute: jest.fn() }))

setStorageBackend(createMemoryStorage())
// Each test talks to a real simulator over HTTP: on a busy 2-core machine an answer can take seconds.
configure({ asyncUtilTimeout: 5_000 })
jest.setTimeout(30_000)

let platform: TestPlatform
let tokens: AuthTokens

beforeEach(async () => {
  platform = await startTestPlatform('2026-11-18T10:00:00+08:00')
  endSession()
  tokens = await newCitizen(platform)
  startSession(tokens)
})

afterEach(async () => {
  await platform.close()
})

function renderFlow(appointmentId: string) {
  renderWithQueries(<RescheduleFlow appointmentId={appointmentId} />)
}

const tap = (element: HTMLElement) => act(() => void fireEvent.click(element))
const button = (name: string | RegExp) => screen.getByRole('button', { name })

describe('RescheduleFlow', () => {
  it('moves an evening booking to a Saturday morning after the citizen confirms', async () => {
    const evening = await bookAs(platform, tokens, (await slotAt(platform, '2026-11-19', '18:00')).slotId)
    renderFlow(evening.appointmentId)
    const kept = (await screen.findByText('原预约（改约成功前保留）：')).closest('.slot-when')
    expect(kept?.textContent).toBe('原预约（改约成功前保留）：明天 11月19日 周四 18:00–18:30')
    expect(kept?.querySelector('.slot-when__time')?.textContent).toBe('18:00–18:30')
    expect(button('18:00–18:30，您现在预约的时段').getAttribute('aria-disabled')).toBe('true')

    tap(await screen.findByRole('button', { name: /^11月21日 周六，周末/ }))
    tap(await screen.findByRole('button', { name: '09:30–10:00，还剩4个名额' }))
    const ask = screen.getByRole('alertdialog', { name: '改到 11月21日 周六 09:30–10:00？' })
    expect((await meanwhile(() => slotAt(platform, '2026-11-19', '18:00'))).remaining).toBe(2)
    tap(within(ask).getByRole('button', { name: '确认改约' }))

    await waitFor(() =>
      expect(replaceRoute).toHaveBeenCalledWith(
        `/packages/appointments/ticket/index?id=${evening.appointmentId}`,
      ),
    )
    expect((await meanwhile(() => slotAt(platform, '2026-11-19', '18:00'))).remaining).toBe(3)
    expect((await meanwhile(() => slotAt(platform, '2026-11-21', '09:30'))).remaining).toBe(3)
  })

  it('keeps the old booking when the new time fills up meanwhile, and offers the nearest others', async () => {
    const evening = await bookAs(platform, tokens, (await slotAt(platform, '2026-11-19', '18:00')).slotId)
    renderFlow(evening.appointmentId)
    tap(await screen.findByRole('button', { name: /^11月21日 周六，周末/ }))
    tap(await screen.findByRole('button', { name: '09:30–10:00，还剩4个名额' }))
    const target = await slotAt(platform, '2026-11-21', '09:30')
    for (let i = 0; i < target.remaining; i++)
      await bookAs(platform, await newCitizen(platform), target.slotId)
    tap(within(screen.getByRole('alertdialog')).getByRole('button', { name: '确认改约' }))

    const notice = await screen.findByRole('alert')
    expect(within(notice).getByText('您选的时段刚刚约满了，请换一个时段')).toBeTruthy()
    expect(within(notice).getAllByRole('button')[0].textContent).toMatch(/^11月21日 周六 周末 09:00–09:30/)
    expect(replaceRoute).not.toHaveBeenCalled()
    expect((await meanwhile(() => slotAt(platform, '2026-11-19', '18:00'))).remaining).toBe(2)
  })
})
