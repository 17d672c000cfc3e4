import type { CatalogEntry } from '@contract/api/catalog'
import fc from 'fast-check'

import { createSearchIndex, searchCatalog } from './index'
import { TEST_CATALOG } from './testCatalog'

const index = createSearchIndex(TEST_CATALOG)

function names(query: string, limit = 3): string[] {
  return searchCatalog(index, query, { limit }).map((hit) => hit.name)
}

function top(query: string): string | undefined {
  return names(query, 1)[0]
}

function entry(id: string, name: string, hot: number, extra: Partial<CatalogEntry> = {}): CatalogEntry {
  return { id, kind: 'item', name, aliases: [], department: '昭通市民政局', tags: [], hot, ...extra }
}

describe('Chinese words and fragments', () => {
  test('a word inside a long official name finds it', () => {
    expect(top('护照')).toBe('普通护照签发')
    expect(top('港澳通行证')).toBe('往来港澳通行证签发')
  })

  test('a fragment with a character left out still finds the name (失业金 → 失业保险金申领)', () => {
    expect(top('失业金')).toBe('失业保险金申领')
  })

  test('an abbreviation whose characters are spread over the name (社保卡 → 社会保障卡…)', () => {
    expect(names('社保卡申请')[0]).toBe('社会保障卡申领')
  })

  test('what the query adds decides between close names', () => {
    expect(top('驾驶证补办')).toBe('机动车驾驶证遗失补证')
    expect(top('驾驶证换证')).toBe('机动车驾驶证期满换证')
  })
})

describe('pinyin', () => {
  test('full pinyin of a name', () => {
    expect(top('jiehun')).toBe('结婚登记')
    expect(top('gaolingjintie')).toBe('高龄津贴申领')
  })

  test('initials of a name', () => {
    expect(top('xsecs')).toBe('新生儿出生一件事')
    expect(top('xyxf')).toBe('信用修复一件事')
  })

  test('run-together full pinyin is read as a pinyin keyboard would (yuerbutie = yu er bu tie, not yue r…)', () => {
    const small = createSearchIndex([
      entry('i-childcare', '育儿补贴申领', 300),
      entry('i-family-planning', '农村部分计划生育家庭奖励扶助', 900),
    ])
    expect(searchCatalog(small, 'yuerbutie', { limit: 1 }).map((hit) => hit.name)).toEqual(['育儿补贴申领'])
  })

  test('initials reading an official name to its end count like ones from its start (gjjtq)', () => {
    // Citizens drop the leading qualifier (住房); an alias that merely starts with the same letters must not win.
    const small = createSearchIndex([
      entry('i-fund-prepayment', '住房公积金贷款提前还款', 680, { aliases: ['公积金提前还贷'] }),
      entry('i-fund-withdrawal', '住房公积金提取', 2100),
    ])
    expect(searchCatalog(small, 'gjjtq', { limit: 1 }).map((hit) => hit.name)).toEqual(['住房公积金提取'])
  })

  test('pinyin mixed with characters', () => {
    expect(names('shebao卡')).toContain('社会保障卡申领')
    expect(names('shebao卡').every((name) => name.startsWith('社会保障卡'))).toBe(true)
  })

  test('upper-case and full-width letters are read like lower-case ones', () => {
    expect(top('JIEHUN')).toBe('结婚登记')
    expect(top('ｊｉｅｈｕｎ')).toBe('结婚登记')
  })

  test('syllables separated by apostrophes while the keyboard is composing', () => {
    expect(top("shen'fen'zheng")).toMatch(/^居民身份证/)
    expect(top('jie’hun')).toBe('结婚登记')
  })

  test('letters that spell nothing find nothing, whatever initials a name happens to share with them', () => {
    // xyzqq reads as the x and y of 信用修复, kfc as the k and f of 开饭店, zzzz as z's in a row: chance.
    for (const gibberish of ['xyzqq', 'qwpzk', 'asdfgh', 'zzzz', 'kfc', 'hello', 'qwerty']) {
      expect(names(gibberish)).toEqual([])
    }
  })

  test('pinyin read part-way still finds a name when what it read is worth a word', () => {
    const small = createSearchIndex([
      entry('i-dibao', '最低生活保障申请', 300, { aliases: ['低保'] }),
      entry('i-marriage', '结婚登记', 300),
      entry('i-id-lost', '居民身份证补领', 300, { aliases: ['身份证不见了'] }),
    ])
    // 低保 of dibaoshenqing; 结婚 of jiehunzheng; 身份证不见 of sfzbjl (the index keeps the alias without 了).
    expect(searchCatalog(small, 'dibaoshenqing')[0]?.id).toBe('i-dibao')
    expect(searchCatalog(small, 'jiehunzheng')[0]?.id).toBe('i-marriage')
    expect(searchCatalog(small, 'sfzbjl')[0]?.id).toBe('i-id-lost')
  })

  test('Latin letters in a name or alias are typed as they are', () => {
    const catalog = createSearchIndex([
      entry('i-ipo', '企业上市合规证明', 10, { aliases: ['IPO合规证明'] }),
      entry('i-other', '印章刻制备案', 10),
    ])
    expect(searchCatalog(catalog, 'ipo')[0]?.id).toBe('i-ipo')
  })

  test('a polyphone is found under any of its readings (行 is xing and hang)', () => {
    const bank = createSearchIndex([entry('i-bank', '银行开户许可', 1), entry('i-trip', '出行登记', 1)])
    expect(searchCatalog(bank, 'yinhang')[0]?.name).toBe('银行开户许可')
    expect(searchCatalog(bank, 'chuxing')[0]?.name).toBe('出行登记')
  })
})

describe('typos and dialect', () => {
  test('a homophone typed by mistake still finds the service', () => {
    expect(top('退修')).toBe('退休一件事')
    expect(top('身份正')).toMatch(/^居民身份证/)
    expect(top('结昏登记')).toBe('结婚登记')
  })

  test('a near-homophone (flat for retroflex, as in south-western Mandarin) is tolerated', () => {
    expect(top('森份证')).toMatch(/^居民身份证/)
    expect(top('sengfenzheng')).toMatch(/^居民身份证/)
  })

  test('an exact match ranks above a sound-alike', () => {
    const catalog = createSearchIndex([
      entry('i-xiu', '房屋维修资金使用', 5),
      entry('i-xiu-typo', '房屋维休登记', 500),
    ])
    expect(searchCatalog(catalog, '维修')[0]?.name).toBe('房屋维修资金使用')
  })
})

describe('colloquial questions', () => {
  test('fillers around the content words are ignored', () => {
    expect(top('生娃了要办啥')).toBe('新生儿出生一件事')
    expect(top('驾照快到期了怎么办')).toBe('机动车驾驶证期满换证')
    expect(top('请问护照在哪里办理')).toBe('普通护照签发')
  })

  test('a query made only of fillers still searches with what it has', () => {
    expect(() => searchCatalog(index, '怎么办')).not.toThrow()
  })

  test('general synonyms bridge everyday and official words', () => {
    expect(top('生小孩')).toBe('新生儿出生一件事')
    expect(top('开餐馆')).toBe('开办餐饮店一件事')
    expect(top('人走了后事办理')).toBe('身后一件事')
  })
})

describe('department and topic hints', () => {
  test('a department word narrows to that department’s services', () => {
    const hits = searchCatalog(index, '公安 身份证')
    expect(hits.length).toBeGreaterThan(0)
    expect(hits.every((hit) => hit.department === '昭通市公安局')).toBe(true)
  })

  test('a department abbreviation citizens use (人社) matches the department’s full name', () => {
    const hits = searchCatalog(index, '人社 卡')
    expect(hits[0]?.department).toBe('昭通市人力资源和社会保障局')
  })

  test('a topic named on its own lists its services before names that merely contain its characters', () => {
    const catalog = createSearchIndex([
      entry('i-safety', '建筑施工企业安全生产许可', 900, { department: '昭通市住房和城乡建设局' }),
      entry('i-id', '居民身份证换领', 100, { department: '昭通市公安局', tags: ['户籍', '公安'] }),
    ])
    expect(searchCatalog(catalog, '公安')[0]?.id).toBe('i-id')
  })

  test('a topic tag finds the services filed under it', () => {
    expect(new Set(names('出入境', 2))).toEqual(new Set(['普通护照签发', '往来港澳通行证签发']))
  })
})

describe('ranking', () => {
  test('equally relevant entries are ordered by popularity', () => {
    const catalog = createSearchIndex([
      entry('i-a', '护照加注', 10),
      entry('i-b', '护照换发', 300),
      entry('i-c', '护照补发', 40),
    ])
    expect(searchCatalog(catalog, '护照').map((hit) => hit.id)).toEqual(['i-b', 'i-c', 'i-a'])
  })

  test('the same service run by several counties is listed for each, the most requested first', () => {
    const catalog = createSearchIndex([
      entry('i-birth-ludian', '出生登记', 120, { department: '鲁甸县公安局' }),
      entry('i-birth-city', '出生登记', 900, { department: '昭通市公安局' }),
      entry('i-birth-weixin', '出生登记', 40, { department: '威信县公安局' }),
    ])
    expect(searchCatalog(catalog, '出生登记').map((hit) => hit.id)).toEqual([
      'i-birth-city',
      'i-birth-ludian',
      'i-birth-weixin',
    ])
    expect(searchCatalog(catalog, '鲁甸 出生登记')[0]?.id).toBe('i-birth-ludian')
  })

  test('a 一件事 comes before a single item that matches as well, even a more requested one', () => {
    const catalog = createSearchIndex([
      entry('i-move-in', '户口迁入', 1850, { aliases: ['迁户口'] }),
      { ...entry('b-move', '户口迁移一件事', 1210, { aliases: ['迁户口'] }), kind: 'bundle' },
    ])
    expect(searchCatalog(catalog, '迁户口').map((hit) => hit.id)).toEqual(['b-move', 'i-move-in'])
  })

  test('a colloquial alias matches the same words typed with other fillers', () => {
    const catalog = createSearchIndex([
      entry('i-a', '甲事项', 1, { aliases: ['公司搬家了要办什么'] }),
      entry('i-b', '乙事项', 500, { aliases: ['公司搬家事项'] }),
    ])
    expect(searchCatalog(catalog, '公司搬家怎么办')[0]?.id).toBe('i-a')
  })

  test('relevance comes before popularity', () => {
    const catalog = createSearchIndex([
      entry('i-popular', '居民身份证换领', 100_000),
      entry('i-exact', '结婚登记', 1),
    ])
    expect(searchCatalog(catalog, '结婚登记')[0]?.id).toBe('i-exact')
  })

  test('scores are sorted best first and the limit is honoured', () => {
    const hits = searchCatalog(index, '证', { limit: 4 })
    expect(hits).toHaveLength(4)
    expect(hits.map((hit) => hit.score)).toEqual([...hits.map((hit) => hit.score)].sort((a, b) => b - a))
  })

  test('hits carry what the results list shows', () => {
    expect(searchCatalog(index, '结婚登记')[0]).toEqual({
      id: 'i-marriage',
      kind: 'item',
      name: '结婚登记',
      department: '昭通市民政局',
      score: expect.any(Number),
      highlights: [[0, 4]],
    })
  })

  test('nothing unrelated is returned for a query matching nothing', () => {
    expect(searchCatalog(index, '火箭发射')).toEqual([])
  })
})

describe('as the user types', () => {
  test.each([
    ['身', /身份证|身后/],
    ['身份', /^居民身份证/],
    ['身份证', /^居民身份证/],
    ['sh', /./],
    ['shen', /身/],
    ['shenf', /^居民身份证/],
    ['shenfenzh', /^居民身份证/],
    ['gaol', /^高龄津贴/],
    ['jieh', /^结婚/],
    // xi is a syllable already, and also the start of xiu: 退休 while tuixiu is being typed.
    ['tuixi', /^退休/],
  ])('%s already gives sensible results', (prefix, expected) => {
    expect(top(prefix)).toMatch(expected)
  })
})

describe('highlights', () => {
  test('mark the matched characters of the name', () => {
    const [hit] = searchCatalog(index, '护照')
    expect(hit.highlights).toEqual([[2, 4]])
    expect(hit.highlights.map(([start, end]) => hit.name.slice(start, end))).toEqual(['护照'])
  })

  test('mark characters matched through pinyin and initials', () => {
    const [hit] = searchCatalog(index, 'xsecs')
    expect(hit.highlights.map(([start, end]) => hit.name.slice(start, end))).toEqual(['新生儿出生'])
  })

  test('mark a sound-alike only next to another match', () => {
    const [typo] = searchCatalog(index, '退修')
    expect(typo.highlights.map(([start, end]) => typo.name.slice(start, end))).toEqual(['退休'])
    const [licence] = searchCatalog(index, '驾照快到期了怎么办')
    // 机 sounds like 期 (ji) but stands alone: not bold.
    expect(licence.highlights.map(([start, end]) => licence.name.slice(start, end))).toEqual(['驾', '期'])
  })

  test('point into the original name when it has punctuation', () => {
    const [hit] = searchCatalog(index, '零星报销')
    expect(hit.name).toBe('医疗费用手工(零星)报销')
    expect(hit.highlights.map(([start, end]) => hit.name.slice(start, end))).toEqual(['零星', '报销'])
  })
})

describe('robustness', () => {
  test.each(['', '   ', '\n\t', '？！。，', '😀🎉', '~!@#$%^&*()'])('%j gives no results', (query) => {
    expect(searchCatalog(index, query)).toEqual([])
  })

  test('very long input is cut, not choked on', () => {
    const long = '我想办理社保卡'.repeat(2_000)
    expect(names(long)).toContain('社会保障卡申领')
  })

  test('an empty catalog answers nothing', () => {
    expect(searchCatalog(createSearchIndex([]), '护照')).toEqual([])
  })

  test('emoji and punctuation around words are ignored', () => {
    expect(top('🚗驾照，换证！')).toBe('机动车驾驶证期满换证')
  })

  test('any input never throws and returns well-formed hits', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (query) => {
        const hits = searchCatalog(index, query, { limit: 5 })
        expect(hits.length).toBeLessThanOrEqual(5)
        for (const hit of hits) {
          expect(Number.isFinite(hit.score)).toBe(true)
          for (const [start, end] of hit.highlights) {
            expect(0 <= start && start < end && end <= hit.name.length).toBe(true)
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  test('Chinese and pinyin soup never throws', () => {
    const alphabet = fc.constantFrom(...'身份证社保卡驾照生娃了吗shenfzhxyxfa 1，😀')
    fc.assert(
      fc.property(fc.string({ unit: alphabet, maxLength: 40 }), (query) => {
        expect(Array.isArray(searchCatalog(index, query))).toBe(true)
      }),
      { numRuns: 300 },
    )
  })
})
