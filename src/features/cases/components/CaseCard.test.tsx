import { render, within } from '@testing-library/react'
import type { CaseSummary, Deadline } from '@contract/api/cases'
import { CaseCard } from './CaseCard'

const TODAY = '2026-11-23'

function passport(caseNo: string, deadline: Partial<Deadline>): CaseSummary {
  return {
    caseId: `c-${caseNo}`,
    caseNo,
    itemId: 'i-passport',
    itemName: '普通护照签发',
    department: '昭通市公安局',
    status: 'processing',
    submittedAt: '2026-10-26T10:00:00+08:00',
    updatedAt: '2026-10-26T10:00:00+08:00',
    deadline: {
      committedWorkingDays: 7,
      dueDate: '2026-12-02',
      remainingWorkingDays: 7,
      paused: false,
      pausedFor: null,
      pausedWorkingDays: 0,
      alert: 'normal',
      startDate: '2026-11-23',
      ...deadline,
    },
    pendingActions: [],
  }
}

function card(caseNo: string, deadline: Partial<Deadline>) {
  const { container } = render(<CaseCard item={passport(caseNo, deadline)} today={TODAY} />)
  return within(container as HTMLElement)
}

/** The tone a piece of text is shown in (its class), or '' when none. */
const toneOf = (element: HTMLElement) => /case-tone--(\w+)/.exec(element.className)?.[1] ?? ''

describe('a case in 我的办件', () => {
  it('shows an overdue case in the danger tone, as the case page does, not in plain black', () => {
    const overdue = card('ZT1', { remainingWorkingDays: -13, dueDate: '2026-11-04', alert: 'overdue' })
    expect(toneOf(overdue.getByText('已超期'))).toBe('danger')
    expect(toneOf(overdue.getByText('已超过承诺时限13个工作日'))).toBe('danger')
  })

  it('says a case due tomorrow once, in the danger tone', () => {
    const red = card('ZT2', { remainingWorkingDays: 1, dueDate: '2026-11-24', alert: 'red' })
    expect(toneOf(red.getByText('明天到期'))).toBe('danger')
    expect(toneOf(red.getByText('还剩1个工作日（11月24日前办结）'))).toBe('danger')
    expect(red.getAllByText(/明天到期/)).toHaveLength(1)
    expect(red.getByRole('link').getAttribute('aria-label')).toBe(
      '普通护照签发，办理中，明天到期：还剩1个工作日（11月24日前办结）',
    )
  })

  it('warns of a case nearly due in the warning tone, and leaves one going well unemphasised', () => {
    const yellow = card('ZT3', { remainingWorkingDays: 2, dueDate: '2026-11-25', alert: 'yellow' })
    expect(toneOf(yellow.getByText('即将到期'))).toBe('warning')
    expect(toneOf(yellow.getByText('还剩2个工作日（11月25日前办结）'))).toBe('warning')

    const normal = card('ZT4', {})
    expect(toneOf(normal.getByText('正常'))).toBe('ok')
    expect(toneOf(normal.getByText('还剩7个工作日（12月2日前办结）'))).toBe('')
  })
})
