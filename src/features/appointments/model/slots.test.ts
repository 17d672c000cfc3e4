import { placesText, slotGroups, slotSentence } from './slots'
import { slot } from './testFixtures'

describe('slotGroups', () => {
  it('groups a day’s slots by period in the order of the day, with their hours and free places', () => {
    const day = [
      slot('2026-11-23', '11:30', 'regular', 5),
      slot('2026-11-23', '12:00', 'lunch', 0),
      slot('2026-11-23', '12:30', 'lunch', 2),
      slot('2026-11-23', '14:30', 'regular', 4),
      slot('2026-11-23', '18:00', 'evening', 3),
      slot('2026-11-23', '18:30', 'evening', 1),
      slot('2026-11-24', '18:00', 'evening', 3),
    ]
    const groups = slotGroups(day, '2026-11-23')
    expect(groups.map((g) => [g.title, g.hours, g.slots.length, g.freePlaces])).toEqual([
      ['工作时间', '11:30–12:00', 1, 5],
      ['午间不打烊', '12:00–13:00', 2, 2],
      ['工作时间', '14:30–15:00', 1, 4],
      ['晚间延时', '18:00–19:00', 2, 4],
    ])
    expect(slotGroups(day, '2026-11-25')).toEqual([])
  })
})

describe('slotSentence', () => {
  it('offers an alternative in plain words', () => {
    expect(slotSentence(slot('2026-11-24', '18:30', 'evening', 2), '2026-11-23')).toBe(
      '明天 11月24日 周二 晚间 18:30–19:00，还剩2个名额',
    )
    expect(slotSentence(slot('2026-11-28', '09:00', 'weekend', 1))).toBe(
      '11月28日 周六 周末 09:00–09:30，还剩1个名额',
    )
    expect(placesText(0)).toBe('已约满')
  })
})
