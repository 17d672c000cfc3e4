import { PINYIN_TABLE } from './pinyinTable.generated'

/**
 * Toneless pinyin of the common characters, decoded once from the generated table. Syllables are numbered in
 * the table's (alphabetical) order; a character may have several readings (polyphones keep all of them, since
 * a catalog name has no context to pick one: 行 is xing in 行驶 and hang in 银行).
 */

// Must match scripts/gen-pinyin-table.mjs.
const DIGITS = '0123456789abcdefghijklmnopqrstuvABCDEFGHIJKLMNOPQRSTUVWXYZ!#$%&*'
const DIGIT_VALUE = new Int8Array(128).fill(-1)
for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i
const BASE_CODE_POINT = 0x4e00
const LAST_CODE_POINT = 0x9fff

/**
 * Dialect-tolerant spelling: the confusions of south-western Mandarin speakers typing by ear (z/zh, c/ch,
 * s/sh, n/l, en/eng, in/ing, an/ang), so 森 and 身 (sen/shen) count as near-homophones.
 */
function looseSpelling(syllable: string): string {
  return syllable
    .replace(/^([zcs])h/, '$1')
    .replace(/^n(?=[^g]|$)/, 'l')
    .replace(/ng$/, 'n')
}

export interface PinyinTable {
  /** Syllable spellings by id. */
  readonly syllables: readonly string[]
  readonly idOf: ReadonlyMap<string, number>
  /** Per syllable: id of its dialect-tolerant spelling (equal ids = near-homophones). */
  readonly looseId: Uint16Array
  /** Per syllable: char code of its first letter. */
  readonly firstLetter: Uint8Array
  /** Per syllable: 1 when it starts with zh/ch/sh. */
  readonly retroflex: Uint8Array
  /**
   * Readings of the character at code point c, allocation-free for the search loops: syllable ids
   * `readingIds[readingStart[s]] … readingIds[readingStart[s + 1] - 1]` with s = c - 0x4E00, when
   * 0x4E00 ≤ c ≤ 0x9FFF (other characters have none).
   */
  readonly readingStart: Uint16Array
  readonly readingIds: Uint16Array
  /** The reverse: code points `syllableChars[syllableStart[id]] …` read as syllable `id`. */
  readonly syllableStart: Uint16Array
  readonly syllableChars: Uint16Array
}

export const FIRST_HAN = BASE_CODE_POINT
export const LAST_HAN = LAST_CODE_POINT

function decode(): PinyinTable {
  const syllables = Object.keys(PINYIN_TABLE).sort()
  const idOf = new Map(syllables.map((syllable, id) => [syllable, id]))
  const slots = LAST_CODE_POINT - BASE_CODE_POINT + 1
  const pairs: number[] = [] // slot, syllable id, slot, syllable id… grouped by syllable
  const syllableStart = new Uint16Array(syllables.length + 1)
  syllables.forEach((syllable, id) => {
    syllableStart[id] = pairs.length / 2
    const encoded = PINYIN_TABLE[syllable]
    let codePoint = BASE_CODE_POINT
    let value = 0
    for (let i = 0; i < encoded.length; i++) {
      const digit = DIGIT_VALUE[encoded.charCodeAt(i)]
      value = value * 32 + (digit & 31)
      if (digit >= 32) continue
      codePoint += value
      value = 0
      pairs.push(codePoint - BASE_CODE_POINT, id)
    }
  })
  syllableStart[syllables.length] = pairs.length / 2
  const syllableChars = new Uint16Array(pairs.length / 2)
  for (let i = 0; i < pairs.length; i += 2) syllableChars[i / 2] = pairs[i] + BASE_CODE_POINT
  const readingStart = new Uint16Array(slots + 1)
  for (let i = 0; i < pairs.length; i += 2) readingStart[pairs[i] + 1]++
  for (let s = 0; s < slots; s++) readingStart[s + 1] += readingStart[s]
  const readingIds = new Uint16Array(pairs.length / 2)
  const filled = new Uint8Array(slots)
  for (let i = 0; i < pairs.length; i += 2) {
    const slot = pairs[i]
    readingIds[readingStart[slot] + filled[slot]++] = pairs[i + 1]
  }
  const looseIds = new Map<string, number>()
  const looseId = new Uint16Array(syllables.length)
  const firstLetter = new Uint8Array(syllables.length)
  const retroflex = new Uint8Array(syllables.length)
  syllables.forEach((syllable, id) => {
    const loose = looseSpelling(syllable)
    if (!looseIds.has(loose)) looseIds.set(loose, looseIds.size)
    looseId[id] = looseIds.get(loose) as number
    firstLetter[id] = syllable.charCodeAt(0)
    retroflex[id] = /^[zcs]h/.test(syllable) ? 1 : 0
  })
  return {
    syllables,
    idOf,
    looseId,
    firstLetter,
    retroflex,
    readingStart,
    readingIds,
    syllableStart,
    syllableChars,
  }
}

let table: PinyinTable | undefined

/** The decoded table (≈ 10 ms the first time on a cheap phone, then cached for the app's lifetime). */
export function pinyinTable(): PinyinTable {
  table ??= decode()
  return table
}

/** Toneless readings of one character, e.g. 行 → ['hang', 'heng', 'xing']; [] for characters not covered. */
export function readingsOf(char: string): string[] {
  const codePoint = char.codePointAt(0)
  if (codePoint === undefined || codePoint < BASE_CODE_POINT || codePoint > LAST_CODE_POINT) return []
  const { readingStart, readingIds, syllables } = pinyinTable()
  const slot = codePoint - BASE_CODE_POINT
  return Array.from(readingIds.subarray(readingStart[slot], readingStart[slot + 1]), (id) => syllables[id])
}
