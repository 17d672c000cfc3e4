import type { FollowUp } from '@contract/api/ratings'
import {
  appendNotYetWords,
  appendWords,
  FOLLOW_UP_STATUS_WORDS,
  followUpSteps,
  ratedOnWords,
  rateBeforeWords,
  ratingHeadline,
} from './ratingWords'

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

describe('the one 追评', () => {
  const rating = { level: 5, isDefault: false, canAppend: true, append: null }

  it('is a 补充评价 on a good rating, which asks nothing about a problem being solved', () => {
    const words = appendWords(rating)
    expect(words.title).toBe('补充评价')
    expect(words.submit).toBe('提交补充评价')
    expect(`${words.lead}${words.placeholder}`).not.toMatch(/问题|解决|回电/)
    expect(appendWords({ level: 3, isDefault: false }).title).toBe('补充评价')
    expect(appendNotYetWords(rating)).toBeNull()
  })

  it('answers the department’s reply on a 差评, and waits for that reply', () => {
    expect(appendWords({ level: 2, isDefault: false }).title).toBe('追评')
    expect(appendWords({ level: 1, isDefault: false }).lead).toMatch(/部门的答复/)
    const waiting = { level: 2, isDefault: false, canAppend: false, append: null }
    expect(appendNotYetWords(waiting)).toBe('部门答复后，您可以追评一次。')
    expect(appendNotYetWords({ ...waiting, append: { comment: '谢谢' } })).toBeNull()
    expect(appendNotYetWords({ ...waiting, canAppend: true })).toBeNull()
  })

  it('says nothing on a default rating, which takes none', () => {
    expect(appendNotYetWords({ level: 3, isDefault: true, canAppend: false, append: null })).toBeNull()
  })
})

describe('a rating in a list', () => {
  it('says whose step a 差评 is at, once, in words that read (never 整改已整改)', () => {
    expect(Object.values(FOLLOW_UP_STATUS_WORDS)).toEqual([
      '部门待核实',
      '部门整改中',
      '部门已整改，待回访',
      '部门已回访',
    ])
    for (const words of Object.values(FOLLOW_UP_STATUS_WORDS)) expect(words).not.toMatch(/整改.*整改/)
  })

  it('labels its date as the day of the rating, or of the default record', () => {
    expect(ratedOnWords({ isDefault: false, ratedAt: '2026-11-23T10:04:00+08:00' })).toBe('评价于 11月23日')
    expect(ratedOnWords({ isDefault: true, ratedAt: '2026-11-20T00:00:00+08:00' })).toBe('记录于 11月20日')
  })
})
