import type { Deadline } from '@contract/api/cases'
import { deadlineBasisWords, deadlineWords, promiseWords } from './deadline'

const TODAY = '2026-11-23'

function deadline(overrides: Partial<Deadline>): Deadline {
  return {
    committedWorkingDays: 10,
    dueDate: '2026-12-07',
    remainingWorkingDays: 10,
    paused: false,
    pausedFor: null,
    pausedWorkingDays: 0,
    alert: 'normal',
    startDate: '2026-11-23',
    ...overrides,
  }
}

describe('deadline in words', () => {
  it('says the state in words for every alert, not only a colour, and the text never repeats it', () => {
    expect(deadlineWords(deadline({}), 'processing', TODAY)).toEqual({
      label: '正常',
      tone: 'ok',
      text: '还剩10个工作日（12月7日前办结）',
    })
    expect(
      deadlineWords(deadline({ remainingWorkingDays: 2, alert: 'yellow' }), 'processing', TODAY),
    ).toEqual({
      label: '即将到期',
      tone: 'warning',
      text: '还剩2个工作日（12月7日前办结）',
    })
    const tomorrow = deadline({ remainingWorkingDays: 1, dueDate: '2026-11-24', alert: 'red' })
    expect(deadlineWords(tomorrow, 'processing', TODAY)).toEqual({
      label: '明天到期',
      tone: 'danger',
      text: '还剩1个工作日（11月24日前办结）',
    })
    const today = deadline({ remainingWorkingDays: 0, dueDate: TODAY, alert: 'red' })
    expect(deadlineWords(today, 'processing', TODAY)).toEqual({
      label: '今天到期',
      tone: 'danger',
      text: '今天是最后1个工作日（11月23日前办结）',
    })
    expect(
      deadlineWords(deadline({ remainingWorkingDays: -3, alert: 'overdue' }), 'processing', TODAY),
    ).toEqual({
      label: '已超期',
      tone: 'danger',
      text: '已超过承诺时限3个工作日',
    })
  })

  it('says 明天 and 今天 only of tomorrow’s and today’s date, whatever the day of the week', () => {
    // Friday 20 November, 1 working day left: the due day is Monday, not tomorrow.
    const friday = deadline({ remainingWorkingDays: 1, dueDate: '2026-11-23', alert: 'red' })
    expect(deadlineWords(friday, 'processing', '2026-11-20')).toEqual({
      label: '下个工作日到期',
      tone: 'danger',
      text: '还剩1个工作日（11月23日前办结）',
    })
    // Saturday 21 November, due on Friday: nothing left, not 已超期 before Monday, and not due "today".
    const saturday = deadline({ remainingWorkingDays: 0, dueDate: '2026-11-20', alert: 'red' })
    expect(deadlineWords(saturday, 'processing', '2026-11-21')).toEqual({
      label: '已到期',
      tone: 'danger',
      text: '应在11月20日前办结',
    })
  })

  it('says why the clock stands still and that the remaining days are kept', () => {
    const paused = deadline({ paused: true, pausedFor: 'supplement_required', remainingWorkingDays: 3 })
    expect(deadlineWords(paused, 'supplement_required', TODAY)).toEqual({
      label: '暂停计时',
      tone: 'muted',
      text: '补正材料期间不计入办理时限，剩余3个工作日保持不变',
    })
    const special = deadline({ paused: true, pausedFor: 'special_procedure', remainingWorkingDays: -1 })
    expect(deadlineWords(special, 'special_procedure', TODAY).text).toBe(
      '特别程序期间不计入办理时限，已超期1个工作日保持不变',
    )
  })

  it('says how a finished case kept its promise', () => {
    expect(deadlineWords(deadline({ remainingWorkingDays: 4 }), 'completed', TODAY).text).toBe(
      '比承诺时限提前4个工作日办结',
    )
    expect(deadlineWords(deadline({ remainingWorkingDays: 0 }), 'delivered', TODAY).label).toBe('按时办结')
    expect(
      deadlineWords(deadline({ remainingWorkingDays: -2, alert: 'overdue' }), 'completed', TODAY),
    ).toEqual({
      label: '超期办结',
      tone: 'danger',
      text: '超过承诺时限2个工作日办结',
    })
  })

  it('does not invent a due date in a year whose holidays are not published', () => {
    const words = deadlineWords(deadline({ dueDate: null, remainingWorkingDays: null }), 'processing', TODAY)
    expect(words.text).toBe('承诺10个工作日办结，到期日待明年节假日安排公布后显示')
    expect(deadlineWords(deadline({ dueDate: '2027-01-06' }), 'processing', TODAY).text).toContain(
      '2027年1月6日前办结',
    )
  })

  it('names 即办件', () => {
    expect(promiseWords(0)).toBe('即办件（当场办结）')
    expect(promiseWords(7)).toBe('承诺7个工作日办结')
  })

  it('says how the promise is counted, naming only what paused the clock', () => {
    const steps = (...statuses: Deadline['pausedFor'][]) => [
      { status: 'accepted' as const },
      ...statuses.flatMap((status) => (status ? [{ status }] : [])),
    ]
    expect(deadlineBasisWords(deadline({}), TODAY, steps())).toBe(
      '承诺10个工作日办结，11月23日受理，周末和法定节假日不计算',
    )
    expect(deadlineBasisWords(deadline({ pausedWorkingDays: 1 }), TODAY, steps('supplement_required'))).toBe(
      '承诺10个工作日办结，11月23日受理，周末和法定节假日不计算；补正材料期间暂停计时1个工作日',
    )
    expect(deadlineBasisWords(deadline({ pausedWorkingDays: 2 }), TODAY, steps('special_procedure'))).toMatch(
      /；特别程序期间暂停计时2个工作日$/,
    )
    expect(
      deadlineBasisWords(
        deadline({ pausedWorkingDays: 3 }),
        TODAY,
        steps('special_procedure', 'supplement_required'),
      ),
    ).toMatch(/；补正材料和特别程序期间共暂停计时3个工作日$/)
    // Paused now, the steps not at hand: the deadline itself says why.
    expect(
      deadlineBasisWords(
        deadline({ paused: true, pausedFor: 'special_procedure', pausedWorkingDays: 1 }),
        TODAY,
        [],
      ),
    ).toMatch(/；特别程序期间暂停计时1个工作日$/)
  })

  it('does not say weekends are not counted for a 即办件, which has no working days to count', () => {
    expect(
      deadlineBasisWords(deadline({ committedWorkingDays: 0, remainingWorkingDays: 0 }), TODAY, []),
    ).toBe('即办件（当场办结），11月23日受理')
  })
})
