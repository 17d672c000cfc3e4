import type { FeedbackTicket } from '@contract/api/feedback'
import { ticketSteps, ticketSummary } from './tickets'

const ticket: FeedbackTicket = {
  ticketId: 'f-0001',
  ticketNo: 'GD2026112300001',
  kind: 'cannot_get_done',
  content: '窗口让我去社区开证明，社区说不归他们管。',
  hall: null,
  place: '',
  caseNo: null,
  contactPhoneMasked: '138****1234',
  status: 'assigned',
  createdAt: '2026-11-23T10:00:00+08:00',
  updatedAt: '2026-11-23T15:00:00+08:00',
  updates: [
    { at: '2026-11-23T10:00:00+08:00', status: 'received', department: '12345', note: '已受理' },
    { at: '2026-11-23T15:00:00+08:00', status: 'assigned', department: '12345', note: '已交办公安分局' },
  ],
}

describe('ticket', () => {
  it('shows where it is in the 12345 loop, with what was said at each step', () => {
    expect(ticketSteps(ticket).map((s) => [s.label, s.state, s.notes.map((n) => n.note)])).toEqual([
      ['已受理', 'done', ['已受理']],
      ['已交办', 'current', ['已交办公安分局']],
      ['处理中', 'todo', []],
      ['已答复', 'todo', []],
      ['已办结', 'todo', []],
    ])
    expect(ticketSteps({ ...ticket, status: 'closed' }).every((s) => s.state === 'done')).toBe(true)
  })

  it('reads as one line', () => {
    expect(ticketSummary(ticket)).toBe('办不成事反映，工单号GD2026112300001，已交办')
  })
})
