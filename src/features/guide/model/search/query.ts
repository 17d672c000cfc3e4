import { fillerMask } from './fillers'
import { FIRST_HAN, LAST_HAN, pinyinTable } from './pinyin'
import type { IndexData } from './searchIndex'
import { forEachCode, isDigit, isHan, isLetter, SEPARATOR } from './text'

/**
 * A query, analysed: terms (split at spaces and punctuation) of units. A unit is one Chinese character or
 * digit, or one run of Latin letters typed as pinyin (full syllables, initials, or both: shenfz, xsecs).
 */

export const UNIT_CHAR = 0
export const UNIT_PINYIN = 1

/** Queries are cut to this many units (the platform accepts 50 characters)… */
export const MAX_UNITS = 32
/** …read from at most this many characters (room for spaces and emoji between them). */
const MAX_QUERY_LENGTH = 256
/** A pinyin run is cut to this many letters. */
export const MAX_RUN = 40

/** zhuang, shuang, chuang. */
const LONGEST_SYLLABLE = 6

export const PIECE_SYLLABLE = 0
export const PIECE_INITIAL = 1
export const PIECE_PREFIX = 2
/** A letter no syllable starts with (i, u, v): matches only a Latin letter in a catalog text (IPO, WiFi). */
export const PIECE_LETTER = 3

/** One way to read letters run[start … end) against one character. */
export interface Piece {
  readonly end: number
  readonly type: typeof PIECE_SYLLABLE | typeof PIECE_INITIAL | typeof PIECE_PREFIX | typeof PIECE_LETTER
  /** PIECE_SYLLABLE: the syllable id. */
  readonly syllable: number
  /** PIECE_INITIAL: the first letter (code); `retroflex` when typed as zh/ch/sh. */
  readonly letter: number
  readonly retroflex: boolean
  /** PIECE_PREFIX: which syllables start with these letters (the last syllable, still being typed). */
  readonly prefixOf: Uint8Array | null
}

export interface Unit {
  readonly type: typeof UNIT_CHAR | typeof UNIT_PINYIN
  /** UNIT_CHAR: the normalised character code. */
  readonly code: number
  /** UNIT_CHAR: its readings (syllable ids) and their dialect-tolerant ids. */
  readonly readings: readonly number[]
  readonly looseReadings: readonly number[]
  /** UNIT_PINYIN: the letters, and per letter offset the pieces that may start there. */
  readonly run: string
  readonly pieces: readonly (readonly Piece[])[]
  /** UNIT_PINYIN: a likely reading as syllables and initials, for finding candidates. */
  readonly likelyPieces: readonly Piece[]
  readonly term: number
  readonly weight: number
}

export interface AnalyzedQuery {
  readonly units: readonly Unit[]
  readonly totalWeight: number
  /** Sum over units i with a predecessor in the same term of the pair's weight. */
  readonly totalPairWeight: number
}

const EMPTY: AnalyzedQuery = { units: [], totalWeight: 0, totalPairWeight: 0 }

const APOSTROPHE = 0x27
const RIGHT_QUOTE = 0x2019

interface RawToken {
  code: number
  run: string
  term: number
  filler: boolean
}

/** Splits the query into terms of characters and letter runs. */
function tokenize(query: string): RawToken[] {
  const tokens: RawToken[] = []
  let term = 0
  let run = ''
  let han = ''
  const flushRun = () => {
    if (run) tokens.push({ code: SEPARATOR, run: run.slice(0, MAX_RUN), term, filler: false })
    run = ''
  }
  const flushHan = () => {
    const mask = fillerMask(han)
    for (let i = 0; i < han.length; i++) {
      tokens.push({ code: han.charCodeAt(i), run: '', term, filler: mask[i] })
    }
    han = ''
  }
  forEachCode(query, (code, start) => {
    // Pinyin keyboards separate syllables with an apostrophe while composing (xi'an): part of the run.
    const raw = query.charCodeAt(start)
    if ((raw === APOSTROPHE || raw === RIGHT_QUOTE) && run) return
    if (isLetter(code)) {
      flushHan()
      run += String.fromCharCode(code)
      return
    }
    flushRun()
    if (code === SEPARATOR) {
      flushHan()
      term++
    } else if (isHan(code) && code <= 0xffff) {
      han += String.fromCharCode(code)
    } else {
      flushHan()
      tokens.push({ code, run: '', term, filler: false })
    }
  })
  flushRun()
  flushHan()
  return tokens
}

function readingsOfCode(code: number): number[] {
  if (code < FIRST_HAN || code > LAST_HAN) return []
  const { readingStart, readingIds } = pinyinTable()
  const slot = code - FIRST_HAN
  return Array.from(readingIds.subarray(readingStart[slot], readingStart[slot + 1]))
}

/** Every piece that may start at each letter of `run`. */
function piecesOf(run: string): Piece[][] {
  const { idOf, syllables } = pinyinTable()
  const pieces: Piece[][] = []
  for (let k = 0; k < run.length; k++) {
    const here: Piece[] = []
    const letter = run.charCodeAt(k)
    for (let end = k + 1; end <= Math.min(run.length, k + LONGEST_SYLLABLE); end++) {
      const syllable = idOf.get(run.slice(k, end))
      if (syllable !== undefined) {
        here.push({ end, type: PIECE_SYLLABLE, syllable, letter, retroflex: false, prefixOf: null })
      }
    }
    const retroflex = run[k + 1] === 'h' && 'zcs'.includes(run[k])
    if (retroflex) {
      here.push({ end: k + 2, type: PIECE_INITIAL, syllable: -1, letter, retroflex, prefixOf: null })
    }
    const type = 'iuv'.includes(run[k]) ? PIECE_LETTER : PIECE_INITIAL
    here.push({ end: k + 1, type, syllable: -1, letter, retroflex: false, prefixOf: null })
    // The letters still being typed, even when they already spell a syllable (tuixi on the way to tuixiu).
    const tail = run.slice(k)
    if (tail.length >= 2 && tail.length <= LONGEST_SYLLABLE) {
      const prefixOf = new Uint8Array(syllables.length)
      let any = false
      syllables.forEach((syllable, id) => {
        if (syllable.startsWith(tail)) {
          prefixOf[id] = 1
          any = true
        }
      })
      if (any) {
        here.push({ end: run.length, type: PIECE_PREFIX, syllable: -1, letter, retroflex: false, prefixOf })
      }
    }
    pieces.push(here)
  }
  return pieces
}

/**
 * The reading a pinyin keyboard would pick: the fewest letters left as bare initials, then the fewest pieces,
 * then the longest first syllable (yuer = yu er, not yue r; xian = xian; fangan = fang an). A syllable being
 * typed at the end counts as a syllable.
 */
function likelyReading(pieces: readonly (readonly Piece[])[]): Piece[] {
  const n = pieces.length
  // cost[k]: the best reading of letters k … n - 1, as letters read as bare initials × (n + 1) + pieces.
  const cost = new Array<number>(n + 1).fill(Infinity)
  const choice = new Array<Piece | undefined>(n)
  cost[n] = 0
  for (let k = n - 1; k >= 0; k--) {
    const byLength = [...pieces[k]].sort((a, b) => b.end - a.end || pieceRank(a) - pieceRank(b))
    for (const piece of byLength) {
      const bare = piece.type === PIECE_SYLLABLE || piece.type === PIECE_PREFIX ? 0 : piece.end - k
      const total = bare * (n + 1) + 1 + cost[piece.end]
      if (total < cost[k]) {
        cost[k] = total
        choice[k] = piece
      }
    }
  }
  const chosen: Piece[] = []
  for (let k = 0; k < n; k = chosen[chosen.length - 1].end) chosen.push(choice[k] as Piece)
  return chosen
}

/** Among pieces of the same length: a syllable, then a syllable being typed, then zh/ch/sh, then a letter. */
function pieceRank(piece: Piece): number {
  if (piece.type === PIECE_SYLLABLE) return 0
  if (piece.type === PIECE_PREFIX) return 1
  if (piece.type === PIECE_INITIAL) return piece.retroflex ? 2 : 3
  return 4
}

/**
 * A pinyin run stands for several characters: it weighs about as much as the characters it likely spells
 * (a character weighs 1 to 2, see characterWeight).
 */
const RUN_WEIGHT_PER_PIECE = 1.5

/** How much a character tells apart entries: rare characters weigh up to twice the commonest. */
function characterWeight(index: IndexData, code: number): number {
  const frequency = index.charPostings.get(code)?.length ?? 0
  return 1 + Math.log((index.size + 1) / (frequency + 1)) / index.idfScale
}

export function analyzeQuery(index: IndexData, query: string): AnalyzedQuery {
  let tokens = tokenize(query.slice(0, MAX_QUERY_LENGTH))
  if (tokens.some((token) => !token.filler)) tokens = tokens.filter((token) => !token.filler)
  tokens = tokens.slice(0, MAX_UNITS)
  if (tokens.length === 0) return EMPTY
  const { looseId } = pinyinTable()
  const units: Unit[] = tokens.map((token) => {
    if (token.run) {
      const pieces = piecesOf(token.run)
      const likelyPieces = likelyReading(pieces)
      return {
        type: UNIT_PINYIN,
        code: SEPARATOR,
        readings: [],
        looseReadings: [],
        run: token.run,
        pieces,
        likelyPieces,
        term: token.term,
        weight: RUN_WEIGHT_PER_PIECE * Math.max(1, likelyPieces.length),
      }
    }
    const readings = isDigit(token.code) ? [] : readingsOfCode(token.code)
    return {
      type: UNIT_CHAR,
      code: token.code,
      readings,
      looseReadings: [...new Set(readings.map((id) => looseId[id]))],
      run: '',
      pieces: [],
      likelyPieces: [],
      term: token.term,
      weight: characterWeight(index, token.code),
    }
  })
  let totalWeight = 0
  let totalPairWeight = 0
  units.forEach((unit, i) => {
    totalWeight += unit.weight
    if (i > 0 && units[i - 1].term === unit.term) totalPairWeight += pairWeight(units[i - 1], unit)
  })
  return { units, totalWeight, totalPairWeight }
}

export function pairWeight(previous: Unit, unit: Unit): number {
  return (previous.weight + unit.weight) / 2
}
