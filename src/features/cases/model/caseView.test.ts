import type { CaseSummary, TimelineEvent } from '@contract/api/cases'
import { caseCardView, overdueWithDepartment, todoWords } from './caseView'
import { momentWords } from './dates'
import { mergePages } from './filters'
import { timelineSteps } from './timeline'

const TODAY = '2026-11-23'

const summary: CaseSummary = {
  caseId: 'c-0002',
  caseNo: 'ZT20261119208816',
  itemId: 'i-birth-registration',
  itemName: '出生登记',
  department: '昭通市公安局',
  status: 'supplement_required',
  submittedAt: '2026-11-19T20:41:00+08:00',
  updatedAt: '2026-11-20T15:10:00+08:00',
  deadline: {
    committedWorkingDays: 3,
    dueDate: '2026-11-26',
    remainingWorkingDays: 3,
    paused: true,
    pausedFor: 'supplement_required',
    pausedWorkingDays: 1,
    alert: 'normal',
    startDate: '2026-11-20',
  },
  pendingActions: [
    {
      kind: 'supplement',
      requestedAt: '2026-11-20T15:10:00+08:00',
      dueDate: '2026-12-04',
      materials: [
        { materialId: 'm-parents-id-cards', name: '父母双方居民身份证', reason: '缺反面' },
        { materialId: 'm-marriage-certificate', name: '结婚证', reason: '缺内页' },
      ],
      note: '',
    },
  ],
}

describe('a case in the list', () => {
  it('reads as one sentence: what, status, time left, what to do', () => {
    const view = caseCardView(summary, TODAY)
    expect(view.status).toEqual({ label: '待补正', tone: 'warning' })
    expect(view.todo).toBe('需要补正2项材料，请在12月4日前上传')
    expect(view.summary).toBe(
      '出生登记，待补正，暂停计时：补正材料期间不计入办理时限，剩余3个工作日保持不变，需要补正2项材料，请在12月4日前上传',
    )
  })

  it('asks for a rating once completed, and nothing when there is nothing to do', () => {
    expect(todoWords({ pendingActions: [{ kind: 'rate', rateBefore: '2026-11-27' }] }, TODAY)).toBe(
      '已办结，请评价本次服务（11月27日前）',
    )
    expect(todoWords({ pendingActions: [] }, TODAY)).toBeUndefined()
    expect(
      caseCardView({ ...summary, status: 'submitted', deadline: null, pendingActions: [] }, TODAY).deadline,
    ).toBe(undefined)
  })
})

describe('an overdue case', () => {
  const overdue = {
    ...summary.deadline!,
    paused: false,
    pausedFor: null,
    remainingWorkingDays: -2,
    alert: 'overdue' as const,
  }

  it('is with the department while it is being handled, not once finished or while it waits for 补正', () => {
    expect(overdueWithDepartment({ status: 'processing', deadline: overdue })).toBe(true)
    expect(overdueWithDepartment({ status: 'completed', deadline: overdue })).toBe(false)
    expect(
      overdueWithDepartment({
        status: 'supplement_required',
        deadline: { ...overdue, paused: true, pausedFor: 'supplement_required' },
      }),
    ).toBe(false)
    expect(overdueWithDepartment({ status: 'processing', deadline: { ...overdue, alert: 'red' } })).toBe(
      false,
    )
    expect(overdueWithDepartment({ status: 'submitted', deadline: null })).toBe(false)
  })
})

describe('timeline', () => {
  const event = (at: string, status: TimelineEvent['status'], node: string): TimelineEvent => ({
    at: `2026-11-${at}:00+08:00`,
    status,
    node,
    department: '昭通市公安局',
    note: '',
  })
  // As the platform lists them: in the order they happened, two of them in the same minute.
  const events = [
    event('19T20:41', 'submitted', '申请'),
    event('22T09:20', 'accepted', '受理'),
    event('23T09:20', 'processing', '审核办理'),
    event('23T09:20', 'special_procedure', '特别程序'),
  ]

  it('puts where the case is now first (even within one minute), marks pauses, says when in words', () => {
    const steps = timelineSteps(events, TODAY)
    expect(steps.map((s) => [s.node, s.current, s.pausesClock, s.when])).toEqual([
      ['特别程序', true, true, '今天 09:20'],
      ['审核办理', false, false, '今天 09:20'],
      ['受理', false, false, '昨天 09:20'],
      ['申请', false, false, '11月19日 20:41'],
    ])
  })

  it('names 补齐补正 as the citizen does it, 补交材料, and keeps other steps as the platform names them', () => {
    const steps = timelineSteps([...events, event('23T11:00', 'supplement_required', '补齐补正')], TODAY)
    expect(steps.map((s) => [s.node, s.pausesClock])).toEqual([
      ['补交材料', true],
      ['特别程序', true],
      ['审核办理', false],
      ['受理', false],
      ['申请', false],
    ])
  })

  it('names the year only outside the current one', () => {
    expect(momentWords('2025-12-30T08:00:00+08:00', TODAY)).toBe('2025年12月30日 08:00')
  })
})

describe('pages of a keyset list', () => {
  it('keeps a case that moved between two loads once', () => {
    const a = { caseId: 'c-1' }
    const b = { caseId: 'c-2' }
    expect(mergePages([{ items: [a, b] }, { items: [b, { caseId: 'c-3' }] }]).map((c) => c.caseId)).toEqual([
      'c-1',
      'c-2',
      'c-3',
    ])
  })
})
