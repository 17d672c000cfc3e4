import type { RatingOptions } from '@contract/api/ratings'
import {
  editRating,
  emptyRating,
  needsReasons,
  ratingProblemList,
  ratingProblems,
  ratingRequest,
} from './ratingDraft'

const OPTIONS: RatingOptions = {
  channel: 'online',
  levels: [],
  indicators: [{ id: 'efficiency', label: '办事效率' }],
  reasons: [
    { id: 'slow', label: '办理时间长' },
    { id: 'other', label: '其他' },
  ],
  commentMaxLength: 500,
}
const SUBJECT = { type: 'case' as const, id: 'c-0003' }

describe('rating draft', () => {
  it('needs a level first', () => {
    expect(ratingProblems(OPTIONS, emptyRating)).toEqual({ level: '请选择您对本次服务的评价' })
  })

  it('asks reasons only for a 差评, and sends them only with one', () => {
    let draft = editRating(emptyRating, { type: 'level', level: 2 })
    expect(needsReasons(draft)).toBe(true)
    expect(ratingProblems(OPTIONS, draft).reasons).toMatch(/至少选择一项/)
    draft = editRating(draft, { type: 'reason', id: 'slow' })
    expect(ratingProblems(OPTIONS, draft)).toEqual({})
    draft = editRating(draft, { type: 'comment', text: '  等了很久  ' })
    expect(ratingRequest(SUBJECT, { ...draft, level: 2 })).toEqual({
      subject: SUBJECT,
      level: 2,
      reasons: ['slow'],
      comment: '等了很久',
    })

    // Changing the mind to 满意: the reasons picked before do not travel, nor block.
    const good = editRating(draft, { type: 'level', level: 4 })
    expect(needsReasons(good)).toBe(false)
    expect(ratingProblems(OPTIONS, good)).toEqual({})
    expect(ratingRequest(SUBJECT, { ...good, level: 4 })).toEqual({
      subject: SUBJECT,
      level: 4,
      comment: '等了很久',
    })
  })

  it('toggles reasons and clears an indicator when its score is tapped again', () => {
    let draft = editRating(emptyRating, { type: 'reason', id: 'slow' })
    draft = editRating(draft, { type: 'reason', id: 'other' })
    draft = editRating(draft, { type: 'reason', id: 'slow' })
    expect(draft.reasons).toEqual(['other'])
    draft = editRating(draft, { type: 'indicator', id: 'efficiency', score: 4 })
    expect(draft.indicators).toEqual({ efficiency: 4 })
    draft = editRating(draft, { type: 'indicator', id: 'efficiency', score: 4 })
    expect(draft.indicators).toEqual({})
  })
})

describe('the problems beside the submit button', () => {
  it('names the part of the form each one is in, in the order of the form', () => {
    expect(
      ratingProblemList(OPTIONS, {
        comment: '最多500个字',
        'indicators.efficiency': '请为该项打分',
        reasons: '请至少选择一项不满意的原因，便于部门核实整改',
      }),
    ).toEqual([
      '哪里不满意：请至少选择一项不满意的原因，便于部门核实整改',
      '分项评价·办事效率：请为该项打分',
      '想对办理部门说的话：最多500个字',
    ])
  })

  it('keeps a message the platform sent for a field the form does not know', () => {
    expect(ratingProblemList(OPTIONS, { subject: '没有找到这件办件' })).toEqual(['没有找到这件办件'])
  })
})
