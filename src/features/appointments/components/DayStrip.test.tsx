import { render, screen } from '@testing-library/react'
import { bookingDays, stripLegend } from '../model/days'
import { slot } from '../model/testFixtures'
import { DayStrip } from './DayStrip'

describe('DayStrip', () => {
  it('shows every mark of a tile in the model’s order: 补班, then 午间 above 晚间', () => {
    // 10 October 2026 is a Saturday worked in lieu of National Day, open at lunch and in the evening.
    const slots = [slot('2026-10-10', '18:00', 'evening', 1), slot('2026-10-10', '12:00', 'lunch', 1)]
    const days = bookingDays(
      { from: '2026-10-10', to: '2026-10-10' },
      [{ date: '2026-10-10', kind: 'adjusted_workday', name: '国庆节' }],
      slots,
    )
    const { container } = render(
      <DayStrip days={days} legend={stripLegend(days, slots)} onSelect={() => undefined} />,
    )
    const marks = [...container.querySelectorAll('.day__mark')].map((mark) => mark.textContent)
    expect(marks).toEqual(['补班', '午间', '晚间'])
    expect(screen.getByText(/^10月10日 周六，调休上班，可约午间、晚间，共余2个名额$/)).toBeTruthy()
    expect(
      screen.getByText('午间：12:00–12:30不打烊；晚间：工作日延时至18:30；补班：调休上班日，照常办理'),
    ).toBeTruthy()
  })
})
