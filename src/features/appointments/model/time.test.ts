import { dayLabel, timeRange, whenParts, whenText } from './time'

describe('time in Zhaotong', () => {
  const originalTz = process.env.TZ
  afterEach(() => {
    process.env.TZ = originalTz
  })

  it('reads platform times as written, whatever the phone’s time zone', () => {
    for (const tz of ['Asia/Shanghai', 'America/New_York', 'UTC', 'Pacific/Kiritimati']) {
      process.env.TZ = tz
      expect(whenText({ start: '2026-11-23T18:00:00+08:00', end: '2026-11-23T18:30:00+08:00' })).toBe(
        '11月23日 周一 18:00–18:30',
      )
      expect(dayLabel('2027-01-01')).toBe('1月1日 周五')
    }
  })

  it('names the next days as people say them', () => {
    expect(dayLabel('2026-11-23', '2026-11-22')).toBe('明天 11月23日 周一')
    expect(dayLabel('2026-11-24', '2026-11-22')).toBe('后天 11月24日 周二')
    expect(dayLabel('2026-11-25', '2026-11-22')).toBe('11月25日 周三')
    expect(dayLabel('2026-01-01', '2025-12-31')).toBe('明天 1月1日 周四')
    expect(timeRange('2026-11-23T09:00:00+08:00', '2026-11-23T09:30:00+08:00')).toBe('09:00–09:30')
  })

  it('gives the day and the time range apart, so a page can keep the range on one line', () => {
    const slot = { start: '2026-11-23T18:00:00+08:00', end: '2026-11-23T20:00:00+08:00' }
    expect(whenParts(slot, '2026-11-22')).toEqual({ day: '明天 11月23日 周一', time: '18:00–20:00' })
    expect(whenText(slot, '2026-11-22')).toBe('明天 11月23日 周一 18:00–20:00')
  })
})
