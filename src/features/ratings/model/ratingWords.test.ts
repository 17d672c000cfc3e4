import type { FollowUp } from '@contract/api/ratings'
import { followUpSteps, rateBeforeWords, ratingHeadline } from './ratingWords'

const reply = (status: FollowUp['status'], text: string) => ({
  at: '2026-11-24T10:00:00+08:00',
  status,
  department: '昭通市公安局',
  reply: text,
})

describe('rating words', () => {
  it('tells a default rating from the citizen’s own', () => {
    expect(ratingHeadline({ level: 3, isDefault: true })).toBe('系统默认评价：基本满意')
    expect(ratingHeadline({ level: 2, isDefault: false })).toBe('我的评价：不满意')
  })

  it('says the last day to rate and what happens after it', () => {
    expect(rateBeforeWords('2026-11-30')).toBe('请在11月30日前评价，逾期系统默认记为“基本满意”')
    expect(rateBeforeWords(null)).toBe('请在办结后5个工作日内评价')
  })
})

describe('follow-up steps', () => {
  it('shows each step done, in progress or to come, with the replies at it', () => {
    const steps = followUpSteps({
      status: 'rectifying',
      dueDate: '2026-12-07',
      updates: [reply('rectifying', '正在整改')],
    })
    expect(steps.map((s) => [s.label, s.state, s.replies.length])).toEqual([
      ['待核实', 'done', 0],
      ['整改中', 'current', 1],
      ['已整改', 'todo', 0],
      ['已回访', 'todo', 0],
    ])
  })

  it('marks 整改 as not needed when verification went straight to the call-back, and the end as done', () => {
    const steps = followUpSteps({
      status: 'revisited',
      dueDate: null,
      updates: [reply('revisited', '经核实不属实，已电话说明')],
    })
    expect(steps.map((s) => s.state)).toEqual(['done', 'skipped', 'skipped', 'done'])
  })
})
