import type { TargetKind } from '@contract/api/catalog'

import {
  type AnalyzedQuery,
  analyzeQuery,
  type Piece,
  PIECE_PREFIX,
  PIECE_SYLLABLE,
  type Unit,
  UNIT_CHAR,
} from './query'
import { type EntryScore, QueryScorer, SOUND_ALIKE, SURE } from './score'
import {
  type IndexData,
  indexData,
  KIND_WEIGHT,
  letterPairKey,
  MAX_FIELD_LENGTH,
  type SearchIndex,
} from './searchIndex'
import { forEachCode, SEPARATOR } from './text'

export interface SearchHit {
  id: string
  kind: TargetKind
  name: string
  department: string
  /** Relevance (0 … ≈1), best first. */
  score: number
  /** [start, end) ranges of `name` that matched the query, for bold text in a results list. */
  highlights: Array<[number, number]>
}

export interface SearchOptions {
  /** How many hits at most (default 10, at most 50). */
  limit?: number
}

const DEFAULT_LIMIT = 10
const MAX_LIMIT = 50
/** Entries scored in full per query: the best by a cheap first pass over the postings. */
const CANDIDATE_CAP = 80
/** A first-pass credit for a homophone of a query character… */
const HOMOPHONE_CREDIT = 0.7
/** …unless that sound is in more than this share of a large catalog's entries. */
const COMMON_SOUND_SHARE = 0.1
const COMMON_SOUND_MIN_ENTRIES = 1000
/** Hits must match at least this share of the query's weight… */
const MIN_COVERAGE = 0.3
/** …and score at least this share of the best hit. */
const MIN_SHARE_OF_BEST = 0.4

// ── First pass: accumulate credit from the postings ─────────────────────────────────────────────────────

// Local copy for the inner loop (imported bindings are getters once transpiled).
const KIND_WEIGHTS = Float32Array.from(KIND_WEIGHT)

class CandidatePass {
  private count = 0
  private readonly queryMark: number
  private keyMark = 0

  constructor(private readonly index: IndexData) {
    const scratch = index.scratch
    // Marks only grow; long before they overflow, start again from clean stamps (a query uses few marks).
    if (scratch.stampCounter > 0x3fff0000) {
      scratch.stamp.fill(0)
      scratch.stampCounter = 0
    }
    this.queryMark = this.nextMark()
  }

  private nextMark(): number {
    return ++this.index.scratch.stampCounter
  }

  /** Starts a new key: an entry gets credit at most once per key. */
  beginKey(): void {
    this.keyMark = this.nextMark()
  }

  credit(postings: Int32Array | undefined, amount: number): void {
    if (!postings) return
    const { accumulated, stamp, touched } = this.index.scratch
    const { keyMark, queryMark } = this
    let count = this.count
    for (let i = 0; i < postings.length; i++) {
      const posting = postings[i]
      const entry = posting >> 2
      const mark = stamp[entry]
      if (mark === keyMark) continue
      if (mark < queryMark) {
        accumulated[entry] = 0
        touched[count++] = entry
      }
      stamp[entry] = keyMark
      accumulated[entry] += amount * KIND_WEIGHTS[posting & 3]
    }
    this.count = count
  }

  /** The entries with the most credit (popularity breaking ties), at most CANDIDATE_CAP of them. */
  best(): Int32Array {
    const { accumulated, touched, keys } = this.index.scratch
    const { prior } = this.index
    const count = this.count
    if (count <= CANDIDATE_CAP) return touched.subarray(0, count)
    for (let i = 0; i < count; i++) keys[i] = accumulated[touched[i]] + prior[touched[i]]
    const threshold = kthLargest(keys, count, CANDIDATE_CAP)
    // Entries above the threshold first, then as many at it as fit.
    let kept = 0
    for (let i = 0; i < count; i++) {
      const entry = touched[i]
      if (accumulated[entry] + prior[entry] > threshold) touched[kept++] = entry
    }
    for (let i = kept; i < count && kept < CANDIDATE_CAP; i++) {
      const entry = touched[i]
      if (accumulated[entry] + prior[entry] === threshold) touched[kept++] = entry
    }
    return touched.subarray(0, kept)
  }
}

/** The k-th largest of values[0 … count) (Hoare's selection; reorders `values`). */
function kthLargest(values: Float32Array, count: number, k: number): number {
  let low = 0
  let high = count - 1
  const target = k - 1
  while (low < high) {
    const pivot = values[(low + high) >> 1]
    let i = low
    let j = high
    while (i <= j) {
      while (values[i] > pivot) i++
      while (values[j] < pivot) j--
      if (i <= j) {
        const swap = values[i]
        values[i] = values[j]
        values[j] = swap
        i++
        j--
      }
    }
    if (target <= j) high = j
    else if (target >= i) low = i
    else return values[target]
  }
  return values[target]
}

function creditCharUnit(pass: CandidatePass, index: IndexData, unit: Unit) {
  pass.beginKey()
  pass.credit(index.charPostings.get(unit.code), unit.weight)
  for (const reading of unit.readings) {
    const postings = index.syllablePostings.get(reading)
    // A sound shared by a large part of the catalog (zheng: 证 政 正…) is no lead: a typo there is found
    // through the characters around it.
    if (postings && postings.length <= Math.max(index.size * COMMON_SOUND_SHARE, COMMON_SOUND_MIN_ENTRIES)) {
      pass.credit(postings, unit.weight * HOMOPHONE_CREDIT)
    }
  }
}

/** A prefix read as this many syllables or fewer is looked up syllable by syllable. */
const FEW_SYLLABLES = 4

function countOnes(flags: Uint8Array): number {
  let count = 0
  for (let i = 0; i < flags.length; i++) count += flags[i]
  return count
}

function creditPiece(pass: CandidatePass, index: IndexData, piece: Piece, amount: number) {
  pass.beginKey()
  if (piece.type === PIECE_SYLLABLE) {
    pass.credit(index.syllablePostings.get(piece.syllable), amount)
  } else if (piece.type === PIECE_PREFIX && piece.prefixOf && countOnes(piece.prefixOf) <= FEW_SYLLABLES) {
    piece.prefixOf.forEach((isPrefix, syllable) => {
      if (isPrefix) pass.credit(index.syllablePostings.get(syllable), amount)
    })
  } else {
    // An initial, or a prefix of many syllables (sh): names and aliases starting with that letter.
    pass.credit(index.letterStartPostings.get(piece.letter), amount)
  }
}

function creditPinyinUnit(pass: CandidatePass, index: IndexData, unit: Unit) {
  const pieces = unit.likelyPieces
  if (pieces.length === 1) {
    creditPiece(pass, index, pieces[0], unit.weight)
    return
  }
  // Several pieces: neighbouring first letters (works for initials and full syllables alike), plus each
  // full syllable's characters.
  const syllables = pieces.filter((piece) => piece.type === PIECE_SYLLABLE)
  const share = unit.weight / (pieces.length - 1 + syllables.length)
  for (let i = 1; i < pieces.length; i++) {
    pass.beginKey()
    pass.credit(index.letterPairPostings.get(letterPairKey(pieces[i - 1].letter, pieces[i].letter)), share)
  }
  for (const piece of syllables) creditPiece(pass, index, piece, share)
}

function candidates(index: IndexData, query: AnalyzedQuery): Int32Array {
  const pass = new CandidatePass(index)
  for (const unit of query.units) {
    if (unit.type === UNIT_CHAR) creditCharUnit(pass, index, unit)
    else creditPinyinUnit(pass, index, unit)
  }
  return pass.best()
}

// ── Second pass: score, rank, highlight ─────────────────────────────────────────────────────────────────

/**
 * Ranges of the name to show in bold: characters matched exactly or by pinyin, and sound-alike characters
 * next to another match (休 of 退休 for 退修, not a lone 机 that merely sounds like 期).
 */
function highlightsOf(name: string, matched: Uint8Array): Array<[number, number]> {
  const ranges: Array<[number, number]> = []
  let position = 0
  forEachCode(name, (code, start, end) => {
    if (code === SEPARATOR || position >= MAX_FIELD_LENGTH) return
    const p = position++
    const bold =
      matched[p] === SURE || (matched[p] === SOUND_ALIKE && (matched[p - 1] > 0 || matched[p + 1] > 0))
    if (bold) {
      const last = ranges[ranges.length - 1]
      if (last && last[1] === start) last[1] = end
      else ranges.push([start, end])
    }
  })
  return ranges
}

/**
 * The catalog entries that match `query`, best first: relevance, then popularity (`hot`). Works on partial
 * input (a prefix of a word or of its pinyin), never throws, and returns [] for a query with nothing
 * searchable in it (empty, spaces, punctuation, emoji).
 */
export function searchCatalog(index: SearchIndex, query: string, options: SearchOptions = {}): SearchHit[] {
  const data = indexData(index)
  const wanted = Math.floor(options.limit ?? DEFAULT_LIMIT)
  const limit = Number.isFinite(wanted) ? Math.min(Math.max(wanted, 1), MAX_LIMIT) : DEFAULT_LIMIT
  if (data.size === 0 || typeof query !== 'string') return []
  const analyzed = analyzeQuery(data, query)
  if (analyzed.units.length === 0) return []
  const pool = candidates(data, analyzed)
  const scorer = new QueryScorer(data, analyzed)
  const scores = new Float32Array(pool.length)
  const result: EntryScore = { score: 0, coverage: 0 }
  let bestScore = 0
  for (let i = 0; i < pool.length; i++) {
    scorer.score(pool[i], result)
    scores[i] = result.coverage >= MIN_COVERAGE ? result.score : 0
    if (scores[i] > bestScore) bestScore = scores[i]
  }
  const order = Array.from(pool.keys()).filter(
    (i) => scores[i] > 0 && scores[i] >= MIN_SHARE_OF_BEST * bestScore,
  )
  const { entries } = data
  order.sort((a, b) => {
    const entryA = entries[pool[a]]
    const entryB = entries[pool[b]]
    return scores[b] - scores[a] || entryB.hot - entryA.hot || (entryA.id < entryB.id ? -1 : 1)
  })
  const matched = new Uint8Array(MAX_FIELD_LENGTH)
  return order.slice(0, limit).map((i) => {
    const entry = entries[pool[i]]
    matched.fill(0)
    scorer.score(pool[i], result, matched)
    return {
      id: entry.id,
      kind: entry.kind,
      name: entry.name,
      department: entry.department,
      score: Math.round(scores[i] * 1000) / 1000,
      highlights: highlightsOf(entry.name, matched),
    }
  })
}
