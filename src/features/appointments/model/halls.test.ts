import { byCounty, distanceKm, distanceText, nearestFirst } from './halls'
import { hall } from './testFixtures'

const CITY = hall('hall-city', '昭阳区', 27.3569, 103.7254)
const ZHAOYANG = hall('hall-zhaoyang', '昭阳区', 27.3296, 103.7103)
const LUDIAN = hall('hall-ludian', '鲁甸县', 27.1923, 103.5587)
const ZHENXIONG = hall('hall-zhenxiong', '镇雄县', 27.4417, 104.8734)
const BEIZHA = hall('hall-zy-beizha', '昭阳区', 27.4215, 103.6852)

describe('distance', () => {
  it('measures great-circle distance in kilometres', () => {
    // 市民之家 to 镇雄: about 113 km as the crow flies.
    expect(distanceKm(CITY.location, ZHENXIONG.location)).toBeGreaterThan(110)
    expect(distanceKm(CITY.location, ZHENXIONG.location)).toBeLessThan(116)
    expect(distanceKm(CITY.location, CITY.location)).toBe(0)
  })

  it('says distances the way people do', () => {
    expect(distanceText(0.004)).toBe('约 10 米')
    expect(distanceText(0.846)).toBe('约 850 米')
    expect(distanceText(3.24)).toBe('约 3.2 公里')
    expect(distanceText(113.4)).toBe('约 113 公里')
  })
})

describe('nearestFirst', () => {
  it('orders halls by distance from the citizen', () => {
    const inLudian = { latitude: 27.19, longitude: 103.55 }
    const order = nearestFirst([CITY, ZHAOYANG, LUDIAN, ZHENXIONG, BEIZHA], inLudian).map((h) => h.hall.id)
    expect(order).toEqual(['hall-ludian', 'hall-zhaoyang', 'hall-city', 'hall-zy-beizha', 'hall-zhenxiong'])
  })
})

describe('byCounty', () => {
  it('keeps the platform’s county order and gathers each county’s halls', () => {
    expect(
      byCounty([CITY, ZHAOYANG, LUDIAN, ZHENXIONG, BEIZHA]).map((g) => [g.county, g.halls.map((h) => h.id)]),
    ).toEqual([
      ['昭阳区', ['hall-city', 'hall-zhaoyang', 'hall-zy-beizha']],
      ['鲁甸县', ['hall-ludian']],
      ['镇雄县', ['hall-zhenxiong']],
    ])
  })
})
