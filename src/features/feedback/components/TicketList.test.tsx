import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import type { AuthTokens } from '@contract/api/identity'
import { endSession, startSession } from '@/shared/api/session'
import { openRoute } from '@/shared/platform/navigation'
import { createMemoryStorage, setStorageBackend } from '@/shared/platform/storage'
import { renderWithQueries } from '@/shared/testing/renderWithQueries'
import { startTestPlatform, type TestPlatform } from '@/shared/testing/simulator'
import { createFeedback } from '../api/createFeedback'
import { TicketList } from './TicketList'

jest.mock('@/shared/platform/navigation', () => ({ openRoute: jest.fn() }))

setStorageBackend(createMemoryStorage())

let platform: TestPlatform

beforeEach(async () => {
  jest.mocked(openRoute).mockClear()
  platform = await startTestPlatform()
  startSession((await platform.sim('/__sim/login', { phone: '13887001234' })) as AuthTokens)
})
afterEach(async () => {
  endSession()
  await platform.close()
})

const CONTENT = '去市民之家办理不动产转移登记，窗口说系统故障让我改天再来。'
const REPLY = '经核实，当日系统升级，已安排专人回电预约办理时间。'

/** A ticket about one of my cases, answered by the department straight after 交办 (处理中 not recorded). */
async function answeredTicket() {
  const ticket = await createFeedback({
    request: { kind: 'cannot_get_done', content: CONTENT, caseId: 'c-0003' },
    idempotencyKey: 'ticket-list-test',
  })
  await platform.sim(`/__sim/feedback/${ticket.ticketId}/advance`, {
    status: 'assigned',
    note: '已交办市不动产登记中心。',
  })
  await platform.sim(`/__sim/feedback/${ticket.ticketId}/advance`, {
    status: 'replied',
    note: REPLY,
    department: '昭通市不动产登记中心',
  })
  return ticket
}

function renderList() {
  renderWithQueries(<TicketList />)
}

const find = (text: string | RegExp) => screen.findByText(text, {}, { timeout: 5000 })
const before = (a: Element, b: Element) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)

describe('我的反映', () => {
  it('puts where a ticket is and the department’s reply first, the history after, one line a step', async () => {
    const ticket = await answeredTicket()
    renderList()
    const reply = await find(REPLY)
    expect(before(screen.getByText('已答复'), reply)).toBe(true)
    expect(before(reply, screen.getByText(CONTENT))).toBe(true)
    expect(before(reply, screen.getByText(new RegExp(ticket.ticketNo)))).toBe(true)
    expect(screen.getByText('部门答复')).toBeTruthy()

    // The history: the steps taken with their times; no stock note after each, no 处理中 that never was.
    expect(screen.getByText(/^\d+月\d+日 \d\d:\d\d 已受理$/)).toBeTruthy()
    expect(screen.getByText(/^\d+月\d+日 \d\d:\d\d 已交办$/)).toBeTruthy()
    expect(screen.getByText(/^\d+月\d+日 \d\d:\d\d 已答复$/)).toBeTruthy()
    expect(screen.queryByText(/处理中/)).toBeNull()
    expect(screen.queryByText(/您的反映已受理，将在1个工作日内交办/)).toBeNull()
  })

  it('opens the case the ticket is about', async () => {
    await answeredTicket()
    renderList()
    const link = await screen.findByRole('link', { name: /^查看办件 ZT\d+$/ }, { timeout: 5000 })
    act(() => void fireEvent.click(link))
    await waitFor(() => expect(openRoute).toHaveBeenCalledWith('/packages/cases/detail/index?id=c-0003'))
  })
})
