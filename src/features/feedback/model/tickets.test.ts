import type { FeedbackTicket } from '@contract/api/feedback'
import { fullTime, shortTime, ticketOverview, ticketSteps, ticketSummary } from './tickets'

const ticket: FeedbackTicket = {
  ticketId: 'f-0001',
  ticketNo: 'GD2026112300001',
  kind: 'cannot_get_done',
  content: '窗口让我去社区开证明，社区说不归他们管。',
  hall: null,
  place: '',
  caseId: null,
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

const replied: FeedbackTicket = {
  ...ticket,
  status: 'replied',
  updates: [
    ...ticket.updates,
    {
      at: '2026-11-24T09:30:00+08:00',
      status: 'replied',
      department: '公安分局',
      note: '已电话说明，证明免开',
    },
  ],
}

describe('ticket', () => {
  it('shows where it is in the 12345 loop, with what was said at each step', () => {
    expect(ticketSteps(ticket).map((s) => [s.label, s.state, s.at, s.notes.map((n) => n.note)])).toEqual([
      ['已受理', 'done', '2026-11-23T10:00:00+08:00', ['已受理']],
      ['已交办', 'current', '2026-11-23T15:00:00+08:00', ['已交办公安分局']],
      ['处理中', 'todo', null, []],
      ['已答复', 'todo', null, []],
      ['已办结', 'todo', null, []],
    ])
  })

  it('tells a step the ticket went past without a record from one it went through', () => {
    expect(ticketSteps(replied).map((s) => [s.label, s.state])).toEqual([
      ['已受理', 'done'],
      ['已交办', 'done'],
      ['处理中', 'skipped'],
      ['已答复', 'current'],
      ['已办结', 'todo'],
    ])
    const closed = ticketSteps({ ...replied, status: 'closed' }).map((s) => s.state)
    expect(closed).toEqual(['done', 'done', 'skipped', 'done', 'done'])
  })

  it('puts the department’s reply first, and lists only the steps taken, once each with a time', () => {
    const view = ticketOverview(replied)
    expect(view.status).toBe('已答复')
    expect(view.reply?.note).toBe('已电话说明，证明免开')
    expect(view.latest).toBeNull()
    expect(view.history).toEqual([
      { label: '已受理', at: '2026-11-23T10:00:00+08:00' },
      { label: '已交办', at: '2026-11-23T15:00:00+08:00' },
      { label: '已答复', at: '2026-11-24T09:30:00+08:00' },
    ])
  })

  it('before a reply, says what was said last; after closing, both that and the reply', () => {
    expect(ticketOverview(ticket)).toMatchObject({ reply: null, latest: { note: '已交办公安分局' } })
    const closed = ticketOverview({
      ...replied,
      status: 'closed',
      updates: [
        ...replied.updates,
        { at: '2026-11-25T10:00:00+08:00', status: 'closed', department: '12345', note: '已回访，办结' },
      ],
    })
    expect(closed).toMatchObject({ status: '已办结', reply: { note: '已电话说明，证明免开' } })
    expect(closed.latest?.note).toBe('已回访，办结')
  })

  it('reads as one line, where it is before its number', () => {
    expect(ticketSummary(ticket)).toBe('办不成事反映，已交办，工单号GD2026112300001')
  })

  it('writes times short in the history and whole once', () => {
    expect(shortTime('2026-11-03T09:05:00+08:00')).toBe('11月3日 09:05')
    expect(fullTime('2026-11-03T09:05:00+08:00')).toBe('2026年11月3日 09:05')
  })
})
