import { previous, reconcile, stepNumber, stepOf } from './bookingFlow'
import { slot } from './testFixtures'

const FREE = slot('2026-11-23', '18:00', 'evening', 2)
const FULL = slot('2026-11-23', '18:30', 'evening', 0)

describe('the booking flow', () => {
  it('starts at the first thing not chosen yet, and goes back one choice at a time', () => {
    const full = { serviceId: 'i-passport', hallId: 'hall-city', date: '2026-11-23', slotId: FREE.slotId }
    expect(stepOf({})).toBe('service')
    expect(stepOf({ hallId: 'hall-city' })).toBe('service')
    expect(stepOf({ serviceId: 'i-passport' })).toBe('hall')
    expect(stepOf(full)).toBe('confirm')
    expect(stepNumber('confirm')).toBe(4)
    expect(previous(full)).toEqual({ ...full, slotId: undefined })
    expect(previous(previous(full))).toEqual({ serviceId: 'i-passport' })
    expect(previous({ serviceId: 'i-passport' })).toEqual({})
  })

  it('drops a preselection that does not hold, saying why', () => {
    expect(reconcile({ serviceId: 'i-x', hallId: 'hall-city' }, { serviceIds: ['i-passport'] })).toEqual({
      selection: {},
      notice: '这项业务暂不能预约，请选择其他事项',
    })
    expect(
      reconcile(
        { serviceId: 'i-passport', hallId: 'hall-zy-beizha' },
        { serviceIds: ['i-passport'], hallIds: ['hall-city'] },
      ),
    ).toEqual({
      selection: { serviceId: 'i-passport' },
      notice: '您选的大厅暂不预约这项业务，请选择其他大厅',
    })
    const base = { serviceId: 'i-passport', hallId: 'hall-city' }
    expect(reconcile({ ...base, slotId: FULL.slotId }, { slots: [FREE, FULL] }).notice).toBe(
      '您选的时段已经约满，请换一个时段',
    )
    expect(reconcile({ ...base, slotId: 'gone' }, { slots: [FREE] }).selection.slotId).toBeUndefined()
  })

  it('keeps a preselection that holds, opening the strip on the slot’s day', () => {
    const base = { serviceId: 'i-passport', hallId: 'hall-city' }
    expect(
      reconcile(
        { ...base, slotId: FREE.slotId },
        { serviceIds: ['i-passport'], hallIds: ['hall-city'], slots: [FREE] },
      ),
    ).toEqual({
      selection: { ...base, slotId: FREE.slotId, date: '2026-11-23' },
    })
    // Nothing loaded yet: nothing to judge.
    expect(reconcile({ ...base, slotId: 'x' }, {})).toEqual({ selection: { ...base, slotId: 'x' } })
  })
})
