import fc from 'fast-check'
import { RECENT_SEARCHES_LIMIT, isRememberable, rememberSearch } from './recentSearches'

describe('rememberSearch', () => {
  it('puts the newest query first and moves a repeated one to the front instead of listing it twice', () => {
    let recent: string[] = []
    for (const query of ['驾照到期', '生娃了要办啥', '社保卡', '驾照到期'])
      recent = rememberSearch(recent, query)
    expect(recent).toEqual(['驾照到期', '社保卡', '生娃了要办啥'])
  })

  it('treats spacing and letter case as the same query and keeps the latest spelling', () => {
    const recent = rememberSearch(rememberSearch([], 'xsecs'), '  XS ECS ')
    expect(recent).toEqual(['XS ECS'])
  })

  it(`keeps at most ${RECENT_SEARCHES_LIMIT}, dropping the oldest`, () => {
    let recent: string[] = []
    for (let i = 1; i <= RECENT_SEARCHES_LIMIT + 3; i++) recent = rememberSearch(recent, `查询${i}`)
    expect(recent).toHaveLength(RECENT_SEARCHES_LIMIT)
    expect(recent[0]).toBe(`查询${RECENT_SEARCHES_LIMIT + 3}`)
    expect(recent).not.toContain('查询3')
    expect(recent).toContain('查询4')
  })

  it('never remembers phone, ID or case numbers, even inside a query', () => {
    for (const query of [
      '13887001234',
      '查 138 8700 1234 的办件',
      '530602198503120019',
      '身份证5306021985',
      '138****1234',
      // What a Chinese keyboard in full-width mode types, and numbers written with dots or full-width dashes.
      '１３８８７００１２３４',
      '138.8700.1234',
      '138－8700－1234',
      '身份证５３０６０２',
      '   ',
    ]) {
      expect(isRememberable(query)).toBe(false)
      expect(rememberSearch(['社保卡'], query)).toEqual(['社保卡'])
    }
    expect(isRememberable('2025年度个税')).toBe(true)
    expect(isRememberable('１０月社保缴费')).toBe(true)
  })

  it('holds its invariants for any sequence of queries', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 30 }), (queries) => {
        const recent = queries.reduce<string[]>((list, q) => rememberSearch(list, q), [])
        const keys = recent.map((q) => q.toLowerCase().replace(/\s/g, ''))
        expect(recent.length).toBeLessThanOrEqual(RECENT_SEARCHES_LIMIT)
        expect(new Set(keys).size).toBe(keys.length)
        expect(recent.every(isRememberable)).toBe(true)
      }),
    )
  })
})
