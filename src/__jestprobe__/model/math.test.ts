import dayjs from 'dayjs'
import * as v from 'valibot'

test('pure', () => {
  expect(dayjs('2026-01-02').format('YYYY/MM/DD')).toBe('2026/01/02')
  expect(v.parse(v.string(), 'x')).toBe('x')
  expect(API_BASE_URL).toBe('/api/v1')
  expect(process.env.TARO_ENV).toBe('h5')
})
