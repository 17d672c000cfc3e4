import { hallOffHours, inDayOrder, offHoursText } from './periods'
import { hall } from './testFixtures'

describe('off-hours wording', () => {
  const city = {
    ...hall('hall-city', '昭阳区', 27.3569, 103.7254),
    offHours: {
      lunch: { start: '12:00', end: '14:30' },
      evening: { start: '18:00', end: '20:00' },
      weekend: [
        { start: '09:00', end: '12:00' },
        { start: '14:30', end: '17:30' },
      ],
      holiday: [{ start: '09:00', end: '12:00' }],
    },
  }

  it('names the off-hours periods in their usual order, leaving regular hours out', () => {
    expect(offHoursText(['holiday', 'regular', 'evening', 'lunch'])).toBe('午间 · 晚间 · 节假日')
    expect(offHoursText(['regular'])).toBe('')
  })

  it('puts periods in the order of a day, whatever order they came in', () => {
    expect(inDayOrder(['evening', 'lunch', 'regular'])).toEqual(['regular', 'lunch', 'evening'])
    expect(inDayOrder(['holiday', 'weekend'])).toEqual(['weekend', 'holiday'])
    expect(inDayOrder([])).toEqual([])
  })

  it('states a hall’s offer, only for the periods the service can be booked in', () => {
    expect(hallOffHours(city)).toEqual([
      '午间 12:00–14:30',
      '晚间至 20:00',
      '周末 09:00–12:00、14:30–17:30',
      '节假日 09:00–12:00',
    ])
    // 驾驶证 is not booked in the evening or on holidays: the hall must not seem to offer them.
    expect(hallOffHours(city, ['regular', 'lunch', 'weekend'])).toEqual([
      '午间 12:00–14:30',
      '周末 09:00–12:00、14:30–17:30',
    ])
  })
})
