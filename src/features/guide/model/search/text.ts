/**
 * Character normalisation shared by the index and the query, so both sides see the same characters:
 * full-width letters and digits become ASCII, letters lower-case, ü becomes v (as on pinyin keyboards),
 * CJK compatibility ideographs their unified form. Everything else (spaces, punctuation, symbols, emoji)
 * only separates words.
 */

export const SEPARATOR = -1

const FIRST_FULL_WIDTH = 0xff01
const LAST_FULL_WIDTH = 0xff5e
const FULL_WIDTH_OFFSET = 0xfee0

export function isHan(code: number): boolean {
  return (
    (code >= 0x4e00 && code <= 0x9fff) ||
    (code >= 0x3400 && code <= 0x4dbf) ||
    (code >= 0x20000 && code <= 0x3134f) ||
    code === 0x3007 // 〇
  )
}

export function isLetter(code: number): boolean {
  return code >= 0x61 && code <= 0x7a
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39
}

/** The normalised code of one code point, or SEPARATOR. */
export function normalizeCodePoint(codePoint: number): number {
  if (isHan(codePoint) || isLetter(codePoint) || isDigit(codePoint)) return codePoint
  if (codePoint >= 0x41 && codePoint <= 0x5a) return codePoint + 32
  if (codePoint >= FIRST_FULL_WIDTH && codePoint <= LAST_FULL_WIDTH) {
    return normalizeCodePoint(codePoint - FULL_WIDTH_OFFSET)
  }
  if (codePoint === 0xfc || codePoint === 0xdc) return 0x76 // ü Ü → v
  if (codePoint >= 0xf900 && codePoint <= 0xfaff) {
    const unified = String.fromCodePoint(codePoint).normalize('NFKC').codePointAt(0) ?? codePoint
    return isHan(unified) ? unified : SEPARATOR
  }
  return SEPARATOR
}

/**
 * Calls `visit` for every code point of `text` with its normalised code and its [start, end) in `text`
 * (UTF-16 offsets, so highlights can point back into the original string).
 */
export function forEachCode(text: string, visit: (code: number, start: number, end: number) => void): void {
  for (let i = 0; i < text.length;) {
    const codePoint = text.codePointAt(i) as number
    const end = i + (codePoint > 0xffff ? 2 : 1)
    visit(normalizeCodePoint(codePoint), i, end)
    i = end
  }
}

/** The normalised codes of `text` without separators (how catalog fields are indexed). */
export function fieldCodes(text: string): number[] {
  const codes: number[] = []
  forEachCode(text, (code) => {
    if (code !== SEPARATOR) codes.push(code)
  })
  return codes
}
