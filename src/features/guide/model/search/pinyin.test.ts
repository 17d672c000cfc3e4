import { pinyinTable, readingsOf } from './pinyin'

describe('pinyin table', () => {
  test('covers the 6,763 characters of GB 2312', () => {
    const { readingStart } = pinyinTable()
    let covered = 0
    for (let slot = 0; slot + 1 < readingStart.length; slot++) {
      if (readingStart[slot + 1] > readingStart[slot]) covered++
    }
    expect(covered).toBe(6763)
  })

  test('gives toneless readings, ü written v as on pinyin keyboards', () => {
    expect(readingsOf('退')).toEqual(['tui'])
    expect(readingsOf('证')).toEqual(['zheng'])
    expect(readingsOf('女')).toEqual(['nv'])
    expect(readingsOf('略')).toEqual(['lve'])
  })

  test('keeps every reading a polyphone has in common words', () => {
    expect(readingsOf('行')).toEqual(expect.arrayContaining(['xing', 'hang']))
    expect(readingsOf('长')).toEqual(expect.arrayContaining(['chang', 'zhang']))
    expect(readingsOf('会')).toEqual(expect.arrayContaining(['hui', 'kuai']))
  })

  test('leaves out readings found only in surnames and old texts', () => {
    expect(readingsOf('洗')).toEqual(['xi'])
    expect(readingsOf('份')).toEqual(['fen'])
  })

  test('knows nothing of letters, emoji or characters outside the table', () => {
    expect(readingsOf('a')).toEqual([])
    expect(readingsOf('😀')).toEqual([])
    expect(readingsOf('𠀀')).toEqual([])
    expect(readingsOf('')).toEqual([])
  })

  test('maps syllables back to their characters', () => {
    const { idOf, syllableStart, syllableChars } = pinyinTable()
    const xiu = idOf.get('xiu') as number
    const chars = String.fromCharCode(...syllableChars.subarray(syllableStart[xiu], syllableStart[xiu + 1]))
    expect(chars).toContain('休')
    expect(chars).toContain('修')
  })
})
