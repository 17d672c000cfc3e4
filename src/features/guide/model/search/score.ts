import { FIRST_HAN, LAST_HAN, pinyinTable } from './pinyin'
import {
  type AnalyzedQuery,
  MAX_RUN,
  MAX_UNITS,
  pairWeight,
  type Piece,
  PIECE_INITIAL,
  PIECE_PREFIX,
  PIECE_SYLLABLE,
  type Unit,
  UNIT_CHAR,
} from './query'
import { FIELD_ALIAS, type IndexData, MAX_FIELD_LENGTH } from './searchIndex'
import { isLetter } from './text'

/**
 * Relevance of one catalog entry to an analysed query, in [0, 1] plus a small popularity prior:
 *
 * - coverage: how much of the query's weight the entry matches, each unit in its best field (a name
 *   match counts more than a department match; 公安 may match the department while 身份证 matches the name);
 * - order: how many neighbouring query units match neighbouring characters (身份 in 身份证, not 身…份);
 * - exactness: how well one name or alias matches as a whole (the query covers it and it covers the query),
 *   so 护照 prefers 普通护照签发 over a long name that merely mentions 护照.
 *
 * A character matches exactly, or as a homophone (退修 for 退休, 身份正 for 身份证), or as a near-homophone
 * of a dialect speaker (森份证); a pinyin run matches consecutive characters by full syllables, initials,
 * or the prefix of the syllable still being typed.
 */

const COVERAGE_WEIGHT = 0.5
const ORDER_WEIGHT = 0.25
const EXACTNESS_WEIGHT = 0.25

const HOMOPHONE = 0.7
const NEAR_HOMOPHONE = 0.45
/** Neighbouring units matched with one or two characters between them (社保 in 社会保障). */
const GAPPED_PAIR = 0.5
/** Per letter of a pinyin run, by how it was read. */
const SYLLABLE_GAIN = 1
const NEAR_SYLLABLE_GAIN = 0.6
const PREFIX_GAIN = 0.9
const INITIAL_GAIN = 0.8

/** How a character of a field was matched: exactly or by pinyin, or only by sounding like a query character. */
export const SURE = 2
export const SOUND_ALIKE = 1

/** Reused buffers: one row of MAX_FIELD_LENGTH match qualities per unit, DP tables for pinyin runs. */
const match = new Float32Array(MAX_UNITS * MAX_FIELD_LENGTH)
const covered = new Uint8Array(MAX_FIELD_LENGTH)
const bestUnit = new Float32Array(MAX_UNITS)
const bestPair = new Float32Array(MAX_UNITS)
const DP_WIDTH = MAX_FIELD_LENGTH + 1
const dpValue = new Float32Array((MAX_RUN + 1) * DP_WIDTH)
const dpStart = new Int8Array((MAX_RUN + 1) * DP_WIDTH)

export interface EntryScore {
  /** Relevance plus popularity prior. */
  score: number
  /** Share of the query's weight the entry matches (0 … 1). */
  coverage: number
}

function charQuality(unit: Unit, code: number): number {
  if (code === unit.code) return 1
  if (unit.readings.length === 0 || code < FIRST_HAN || code > LAST_HAN) return 0
  const { readingStart, readingIds, looseId } = pinyinTable()
  const slot = code - FIRST_HAN
  let quality = 0
  for (let j = readingStart[slot]; j < readingStart[slot + 1]; j++) {
    const reading = readingIds[j]
    if (unit.readings.includes(reading)) return HOMOPHONE
    if (unit.looseReadings.includes(looseId[reading])) quality = NEAR_HOMOPHONE
  }
  return quality
}

/** Gain per letter when `piece` reads the character `code`, 0 when it cannot. */
function pieceGain(piece: Piece, code: number): number {
  if (isLetter(code)) {
    // Latin letters in a catalog text (ETC, CA): typed as they are, one letter at a time.
    return piece.type === PIECE_INITIAL && !piece.retroflex && piece.letter === code ? SYLLABLE_GAIN : 0
  }
  if (code < FIRST_HAN || code > LAST_HAN) return 0
  const { readingStart, readingIds, looseId, firstLetter, retroflex } = pinyinTable()
  const slot = code - FIRST_HAN
  let gain = 0
  for (let j = readingStart[slot]; j < readingStart[slot + 1]; j++) {
    const reading = readingIds[j]
    switch (piece.type) {
      case PIECE_SYLLABLE:
        if (reading === piece.syllable) return SYLLABLE_GAIN
        if (looseId[reading] === looseId[piece.syllable]) gain = NEAR_SYLLABLE_GAIN
        break
      case PIECE_PREFIX:
        if (piece.prefixOf?.[reading]) return PREFIX_GAIN
        break
      case PIECE_INITIAL:
        if (firstLetter[reading] === piece.letter && (!piece.retroflex || retroflex[reading])) {
          gain = INITIAL_GAIN
        }
        break
    }
  }
  return gain
}

/**
 * Best alignment of a pinyin run with consecutive characters of codes[start … start + length), starting
 * anywhere; fills `match` on the aligned span and returns the share of the run's letters read (weighted by
 * how they were read).
 */
function matchRun(unit: Unit, codes: Int32Array, start: number, length: number, row: number): number {
  const letters = unit.run.length
  for (let k = 0; k <= letters; k++) dpValue.fill(-1, k * DP_WIDTH, k * DP_WIDTH + length + 1)
  for (let p = 0; p <= length; p++) {
    dpValue[p] = 0
    dpStart[p] = p
  }
  let bestValue = 0
  let bestFrom = -1
  let bestTo = -1
  for (let p = 0; p < length; p++) {
    const code = codes[start + p]
    for (let k = 0; k < letters; k++) {
      const value = dpValue[k * DP_WIDTH + p]
      if (value < 0) continue
      for (const piece of unit.pieces[k]) {
        const gain = pieceGain(piece, code)
        if (gain === 0) continue
        const next = value + gain * (piece.end - k)
        const cell = piece.end * DP_WIDTH + p + 1
        if (next > dpValue[cell]) {
          dpValue[cell] = next
          dpStart[cell] = dpStart[k * DP_WIDTH + p]
          if (next > bestValue) {
            bestValue = next
            bestFrom = dpStart[cell]
            bestTo = p + 1
          }
        }
      }
    }
  }
  const quality = bestValue / letters
  for (let p = bestFrom; p >= 0 && p < bestTo; p++) match[row + p] = quality
  return quality
}

/**
 * A character that only sounds like the query's counts only inside a word: when the query's previous unit
 * matched the field's previous character, or its next unit the next character (修 in 退修 matches 休 after
 * 退; a lone 箭 does not match the 件 of 一件事).
 */
function matchedNextTo(units: readonly Unit[], i: number, row: number, p: number, length: number): boolean {
  const term = units[i].term
  if (i > 0 && p > 0 && units[i - 1].term === term && match[row - MAX_FIELD_LENGTH + p - 1] > 0) return true
  return (
    i + 1 < units.length &&
    p + 1 < length &&
    units[i + 1].term === term &&
    match[row + MAX_FIELD_LENGTH + p + 1] > 0
  )
}

function pairQuality(previousRow: number, row: number, length: number): number {
  let quality = 0
  for (let p = 1; p < length; p++) {
    const here = match[row + p]
    if (here === 0) continue
    const adjacent = Math.min(match[previousRow + p - 1], here)
    if (adjacent > quality) quality = adjacent
    for (let gap = 2; gap <= 3 && gap <= p; gap++) {
      const gapped = GAPPED_PAIR * Math.min(match[previousRow + p - gap], here)
      if (gapped > quality) quality = gapped
    }
  }
  return quality
}

/**
 * Scores entry `entry` into `out`. With `nameMatches`, also marks how each character of the entry's name
 * matched (SURE, SOUND_ALIKE or 0), for highlighting.
 */
export function scoreEntry(
  index: IndexData,
  query: AnalyzedQuery,
  entry: number,
  out: EntryScore,
  nameMatches?: Uint8Array,
): void {
  const { units, totalWeight, totalPairWeight } = query
  const unitCount = units.length
  const { codes, fieldCodeStart, fieldKind, fieldWeight, fieldCoreLength, fieldLetters } = index
  bestUnit.fill(0, 0, unitCount)
  bestPair.fill(0, 0, unitCount)
  let exactness = 0
  for (let field = index.entryFieldStart[entry]; field < index.entryFieldStart[entry + 1]; field++) {
    const start = fieldCodeStart[field]
    const length = fieldCodeStart[field + 1] - start
    const weight = fieldWeight[field]
    covered.fill(0, 0, length)
    for (let i = 0; i < unitCount; i++) {
      const unit = units[i]
      const row = i * MAX_FIELD_LENGTH
      match.fill(0, row, row + length)
      if (unit.type === UNIT_CHAR) {
        for (let p = 0; p < length; p++) match[row + p] = charQuality(unit, codes[start + p])
      } else if (fieldLetters[field] & (1 << (unit.run.charCodeAt(0) - 0x61))) {
        matchRun(unit, codes, start, length, row)
      }
    }
    let matchedWeight = 0
    for (let i = 0; i < unitCount; i++) {
      const unit = units[i]
      const row = i * MAX_FIELD_LENGTH
      const soundAlikeNeedsNeighbour = unit.type === UNIT_CHAR
      let top = 0
      for (let p = 0; p < length; p++) {
        const quality = match[row + p]
        if (quality === 0) continue
        if (quality < 1 && soundAlikeNeedsNeighbour && !matchedNextTo(units, i, row, p, length)) {
          match[row + p] = 0
          continue
        }
        const how = quality === 1 || unit.type !== UNIT_CHAR ? SURE : SOUND_ALIKE
        if (how > covered[p]) covered[p] = how
        if (quality > top) top = quality
      }
      if (top === 0) continue
      matchedWeight += unit.weight * top
      if (weight * top > bestUnit[i]) bestUnit[i] = weight * top
      if (i > 0 && units[i - 1].term === unit.term) {
        const pair = weight * pairQuality(row - MAX_FIELD_LENGTH, row, length)
        if (pair > bestPair[i]) bestPair[i] = pair
      }
    }
    if (matchedWeight === 0 || fieldKind[field] > FIELD_ALIAS) continue
    const core = fieldCoreLength[field]
    let coveredCore = 0
    for (let p = 0; p < core; p++) if (covered[p]) coveredCore++
    const fieldExactness = (weight * (matchedWeight / totalWeight) * coveredCore) / core
    if (fieldExactness > exactness) exactness = fieldExactness
    if (nameMatches && field === index.entryFieldStart[entry]) nameMatches.set(covered.subarray(0, length))
  }
  let coverage = 0
  let order = 0
  for (let i = 0; i < unitCount; i++) {
    coverage += units[i].weight * bestUnit[i]
    if (i > 0 && units[i - 1].term === units[i].term)
      order += pairWeight(units[i - 1], units[i]) * bestPair[i]
  }
  coverage /= totalWeight
  order = totalPairWeight > 0 ? order / totalPairWeight : coverage
  out.coverage = coverage
  out.score =
    COVERAGE_WEIGHT * coverage + ORDER_WEIGHT * order + EXACTNESS_WEIGHT * exactness + index.prior[entry]
}
