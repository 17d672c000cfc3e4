import type { CatalogEntry } from '@contract/api/catalog'
import { highlightSegments, hotBundles, shelvesByDepartment, shelvesByTopic } from './catalogViews'

const entry = (id: string, overrides: Partial<CatalogEntry>): CatalogEntry => ({
  id,
  kind: 'item',
  name: id,
  aliases: [],
  department: '公安局',
  tags: [],
  hot: 0,
  ...overrides,
})

const entries = [
  entry('b-newborn', { kind: 'bundle', name: '新生儿出生一件事', hot: 900, tags: ['新生儿', '户籍'] }),
  entry('b-retire', { kind: 'bundle', name: '退休一件事', department: '人社局', hot: 500, tags: ['退休'] }),
  entry('b-rare', { kind: 'bundle', name: '企业破产信息核查一件事', department: '法院', hot: 5 }),
  entry('i-birth', { name: '出生登记', hot: 800, tags: ['户籍', '新生儿'] }),
  entry('i-id', { name: '居民身份证换领', hot: 1200, tags: ['户籍'] }),
  entry('i-pension', { name: '养老保险待遇申领', department: '人社局', hot: 300, tags: ['退休'] }),
]

describe('hotBundles', () => {
  it('lists only 一件事, most requested first, up to the limit', () => {
    expect(hotBundles(entries, 2).map((e) => e.id)).toEqual(['b-newborn', 'b-retire'])
  })
})

describe('shelves', () => {
  it('groups by department with the busiest department first and its most requested services first', () => {
    expect(shelvesByDepartment(entries).map((s) => [s.title, s.entries.map((e) => e.id)])).toEqual([
      ['公安局', ['i-id', 'b-newborn', 'i-birth']],
      ['人社局', ['b-retire', 'i-pension']],
      ['法院', ['b-rare']],
    ])
  })

  it('puts an entry on every topic it is tagged with, leaving out topics too small for a shelf', () => {
    expect(shelvesByTopic(entries, 3).map((s) => s.title)).toEqual(['户籍'])
    expect(shelvesByTopic(entries, 2).map((s) => [s.title, s.entries.map((e) => e.id)])).toEqual([
      ['户籍', ['i-id', 'b-newborn', 'i-birth']],
      ['新生儿', ['b-newborn', 'i-birth']],
      ['退休', ['b-retire', 'i-pension']],
    ])
  })
})

describe('highlightSegments', () => {
  it('splits a name into marked and plain runs, merging overlapping and touching ranges', () => {
    expect(
      highlightSegments('机动车驾驶证期满换证', [
        [3, 5],
        [4, 6],
        [6, 8],
      ]),
    ).toEqual([
      { text: '机动车', highlighted: false },
      { text: '驾驶证期满', highlighted: true },
      { text: '换证', highlighted: false },
    ])
  })

  it('clips ranges that run past the text and returns the text unmarked without ranges', () => {
    expect(
      highlightSegments('出生登记', [
        [-2, 1],
        [3, 99],
      ]),
    ).toEqual([
      { text: '出', highlighted: true },
      { text: '生登', highlighted: false },
      { text: '记', highlighted: true },
    ])
    expect(highlightSegments('出生登记', [])).toEqual([{ text: '出生登记', highlighted: false }])
    expect(highlightSegments('', [[0, 1]])).toEqual([])
  })
})
