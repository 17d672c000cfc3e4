import { forEachCode, normalizeCodePoint, SEPARATOR } from './text'

const normalized = (char: string) => normalizeCodePoint(char.codePointAt(0) as number)

describe('character normalisation', () => {
  test('letters become lower-case ASCII, full-width forms their ASCII twins', () => {
    expect(String.fromCharCode(normalized('Q'))).toBe('q')
    expect(String.fromCharCode(normalized('Ａ'))).toBe('a')
    expect(String.fromCharCode(normalized('５'))).toBe('5')
  })

  test('ü is typed v', () => {
    expect(String.fromCharCode(normalized('ü'))).toBe('v')
    expect(String.fromCharCode(normalized('Ü'))).toBe('v')
  })

  test('Chinese characters stay as they are; compatibility ideographs become the unified ones', () => {
    expect(normalized('证')).toBe('证'.codePointAt(0))
    expect(normalized('\uf900')).toBe(0x8c48)
  })

  test('spaces, punctuation, symbols and emoji only separate words', () => {
    for (const char of [' ', '，', '。', '(', '（', '！', '😀', '~', '\u3000']) {
      expect(normalized(char)).toBe(SEPARATOR)
    }
  })

  test('offsets point into the original string, emoji and rare characters included', () => {
    const seen: Array<[number, number, number]> = []
    forEachCode('😀证𠀀', (code, start, end) => seen.push([code, start, end]))
    expect(seen).toEqual([
      [SEPARATOR, 0, 2],
      ['证'.codePointAt(0), 2, 3],
      [0x20000, 3, 5],
    ])
  })
})
