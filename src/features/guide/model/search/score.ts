import { FIRST_HAN, LAST_HAN } from './pinyin'
import {
  type AnalyzedQuery,
  MAX_RUN,
  MAX_UNITS,
  pairWeight,
  PIECE_INITIAL,
  PIECE_LETTER,
  PIECE_PREFIX,
  PIECE_SYLLABLE,
  UNIT_CHAR,
} from './query'
import { FIELD_NAME, FIELD_TAG, GAP, type IndexData, MAX_FIELD_LENGTH, soundBits } from './searchIndex'

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

/**
 * Matching a topic (tag) entirely counts half as much as matching a name or alias entirely: a topic names
 * a group of services (公安, 医保), which popularity then orders.
 */
const TOPIC_EXACTNESS = 0.5

const HOMOPHONE = 0.7
const NEAR_HOMOPHONE = 0.45
/** Neighbouring units matched with one or two characters between them (社保 in 社会保障). */
const GAPPED_PAIR = 0.5
/** Per letter of a pinyin run, by how it was read. */
const SYLLABLE_GAIN = 1
const NEAR_SYLLABLE_GAIN = 0.6
const PREFIX_GAIN = 0.9
const INITIAL_GAIN = 0.8
/**
 * Pinyin, initials above all, is typed from the start of a word; a run read from inside a text (sfz in
 * 二手房转移) counts a little less than one read from the start of a name or alias (身份证到期) or one that
 * reads it to its end: citizens drop an official name's leading qualifier (gjjtq for 住房公积金提取).
 */
const INSIDE_TEXT = 0.9
/**
 * What a pinyin run read part-way must have read to count, in letters read as initials: one of about twenty
 * sounds. A whole syllable (one of about 400) counts as two. Four is a two-character word's worth: 低保 as
 * dibao, or four initials; three initials or one syllable are what chance leaves in any catalog.
 */
const PART_READ_FLOOR = 4
const SYLLABLE_EVIDENCE = 2

/** How a character of a field was matched: exactly or by pinyin, or only by sounding like a query character. */
export const SURE = 2
export const SOUND_ALIKE = 1

// Imported bindings become property getters once transpiled to CommonJS or bundled without scope hoisting;
// the inner loops below read these local copies instead.
const HAN_FIRST = FIRST_HAN
const HAN_LAST = LAST_HAN
const WIDTH = MAX_FIELD_LENGTH
const NAME = FIELD_NAME
const TAG = FIELD_TAG
const GAP_CODE = GAP
const SYLLABLE = PIECE_SYLLABLE
const PREFIX = PIECE_PREFIX
const INITIAL = PIECE_INITIAL
const LETTER = PIECE_LETTER
const LETTER_A = 0x61
const LETTER_Z = 0x7a

/**
 * Reused buffers: one row of WIDTH match qualities per unit (kept all zero between fields), the positions
 * set in each row, DP tables for pinyin runs.
 */
const match = new Float32Array(MAX_UNITS * WIDTH)
const matchedAt = new Int8Array(MAX_UNITS * WIDTH)
const matchedCount = new Int32Array(MAX_UNITS)
const covered = new Uint8Array(WIDTH)
const bestUnit = new Float32Array(MAX_UNITS)
const bestPair = new Float32Array(MAX_UNITS)
/** Per-query memo of evaluated texts: per slot, unitCount floats in memoTop and memoPair. */
const memoTop = new Float32Array(8192)
const memoPair = new Float32Array(8192)
const memoMatchedWeight = new Float32Array(8192)
const memoCovered = new Float32Array(8192)
const DP_WIDTH = WIDTH + 1
const dpValue = new Float32Array((MAX_RUN + 1) * DP_WIDTH)
const dpStart = new Int8Array((MAX_RUN + 1) * DP_WIDTH)
/** What the best alignment so far has read, as PART_READ_FLOOR counts it (an initial 1, a syllable 2). */
const dpEvidence = new Uint8Array((MAX_RUN + 1) * DP_WIDTH)

export interface EntryScore {
  /** Relevance plus popularity prior. */
  score: number
  /** Share of the query's weight the entry matches (0 … 1). */
  coverage: number
}

/** A pinyin run's pieces, flattened: pieces starting at letter k are first[k] … first[k + 1] - 1. */
interface RunPieces {
  letters: number
  /** First letters of the likely reading's first two pieces: a field without them cannot match well. */
  requiredLetters: number
  first: Int32Array
  end: Int32Array
  type: Int32Array
  syllable: Int32Array
  letter: Int32Array
  retroflex: Uint8Array
  prefixOf: (Uint8Array | null)[]
}

/** Scores entries against one query; built once per query, then allocation-free per entry. */
export class QueryScorer {
  private readonly unitCount: number
  /** This query's number on the index (marks the texts it has evaluated), and the next free memo slot. */
  private readonly queryId: number
  private nextSlot = 1
  private readonly totalWeight: number
  private readonly totalPairWeight: number
  private readonly isChar: Uint8Array
  private readonly unitCode: Int32Array
  private readonly unitWeight: Float32Array
  /** 1 when unit i and unit i - 1 are in the same term (typed together). */
  private readonly joined: Uint8Array
  private readonly pairWeights: Float32Array
  /** Character units whose character is not a Han character (digits): compared one by one. */
  private readonly plainUnitMask: number
  /** soundBits of every character unit: a field without any of them cannot match a character unit. */
  private readonly charSounds: number
  /** Whether the query has pinyin runs (which the sound summary does not cover). */
  private readonly hasRuns: boolean
  /** Per syllable id: bit i set when character unit i reads it; per loose spelling id likewise. */
  private readonly homophoneUnits: Int32Array
  private readonly nearUnits: Int32Array
  private readonly runs: (RunPieces | null)[]
  private readonly readingStart: Uint16Array
  private readonly readingIds: Uint16Array
  private readonly looseId: Uint16Array
  private readonly firstLetter: Uint8Array
  private readonly retroflex: Uint8Array

  constructor(
    private readonly index: IndexData,
    query: AnalyzedQuery,
  ) {
    const { units } = query
    const { table, scratch } = index
    // Query numbers only grow; long before they overflow, forget every text's mark.
    if (scratch.queryCounter > 0x3fff0000) {
      scratch.textQuery.fill(0)
      scratch.queryCounter = 0
    }
    this.queryId = ++scratch.queryCounter
    this.readingStart = table.readingStart
    this.readingIds = table.readingIds
    this.looseId = table.looseId
    this.firstLetter = table.firstLetter
    this.retroflex = table.retroflex
    this.unitCount = units.length
    this.totalWeight = query.totalWeight
    this.totalPairWeight = query.totalPairWeight
    this.isChar = Uint8Array.from(units, (unit) => (unit.type === UNIT_CHAR ? 1 : 0))
    this.unitCode = Int32Array.from(units, (unit) => unit.code)
    this.unitWeight = Float32Array.from(units, (unit) => unit.weight)
    this.joined = Uint8Array.from(units, (unit, i) => (i > 0 && units[i - 1].term === unit.term ? 1 : 0))
    this.pairWeights = Float32Array.from(units, (unit, i) => (i > 0 ? pairWeight(units[i - 1], unit) : 0))
    this.homophoneUnits = new Int32Array(table.syllables.length)
    this.nearUnits = new Int32Array(table.syllables.length)
    let plainUnitMask = 0
    let charSounds = 0
    units.forEach((unit, i) => {
      if (unit.type !== UNIT_CHAR) return
      charSounds |= soundBits(table, unit.code)
      if (unit.readings.length === 0) plainUnitMask |= 1 << i
      for (const reading of unit.readings) this.homophoneUnits[reading] |= 1 << i
      for (const loose of unit.looseReadings) this.nearUnits[loose] |= 1 << i
    })
    this.plainUnitMask = plainUnitMask
    this.charSounds = charSounds
    this.hasRuns = units.some((unit) => unit.type !== UNIT_CHAR)
    this.runs = units.map((unit) => {
      if (unit.type === UNIT_CHAR) return null
      const pieces = unit.pieces.flat()
      const first = new Int32Array(unit.run.length + 1)
      let count = 0
      unit.pieces.forEach((here, k) => {
        first[k] = count
        count += here.length
      })
      first[unit.run.length] = count
      return {
        letters: unit.run.length,
        requiredLetters: unit.likelyPieces
          .slice(0, 2)
          .reduce(
            (bits, piece) => bits | (1 << (piece.letter - LETTER_A)),
            1 << (unit.run.charCodeAt(0) - LETTER_A),
          ),
        first,
        end: Int32Array.from(pieces, (piece) => piece.end),
        type: Int32Array.from(pieces, (piece) => piece.type),
        syllable: Int32Array.from(pieces, (piece) => piece.syllable),
        letter: Int32Array.from(pieces, (piece) => piece.letter),
        retroflex: Uint8Array.from(pieces, (piece) => (piece.retroflex ? 1 : 0)),
        prefixOf: pieces.map((piece) => piece.prefixOf),
      }
    })
  }

  /**
   * Scores entry `entry` into `out`. With `nameMatches`, also marks how each character of the entry's name
   * matched (SURE, SOUND_ALIKE or 0), for highlighting.
   */
  score(entry: number, out: EntryScore, nameMatches?: Uint8Array): void {
    const { unitCount, unitWeight, joined, index, charSounds, hasRuns } = this
    const { fieldText, fieldKind, fieldWeight, fieldInsertStart, fieldInsertEnd, entryFieldStart } = index
    const { textCodeStart, textSounds } = index
    const { textQuery, textSlot } = index.scratch
    bestUnit.fill(0, 0, unitCount)
    bestPair.fill(0, 0, unitCount)
    let exactness = 0
    const firstField = entryFieldStart[entry]
    const lastField = entryFieldStart[entry + 1]
    for (let field = firstField; field < lastField; field++) {
      const text = fieldText[field]
      const start = textCodeStart[text]
      if (!hasRuns) {
        if ((textSounds[text] & charSounds) === 0) continue
        const insertEnd = fieldInsertEnd[field]
        if (insertEnd !== 0 && !this.allMatchIn(start + fieldInsertStart[field], start + insertEnd)) continue
      }
      const highlight = nameMatches !== undefined && field === firstField && fieldKind[field] === NAME
      const slot =
        textQuery[text] === this.queryId && !highlight
          ? textSlot[text]
          : this.evaluate(text, highlight ? nameMatches : undefined)
      if (slot < 0) continue
      const weight = fieldWeight[field]
      const base = slot * unitCount
      for (let i = 0; i < unitCount; i++) {
        const top = weight * memoTop[base + i]
        if (top > bestUnit[i]) bestUnit[i] = top
        const pair = weight * memoPair[base + i]
        if (pair > bestPair[i]) bestPair[i] = pair
      }
      if (fieldKind[field] > TAG) continue
      const exact = weight * (memoMatchedWeight[slot] / this.totalWeight) * memoCovered[slot]
      const fieldExactness = fieldKind[field] === TAG ? TOPIC_EXACTNESS * exact : exact
      if (fieldExactness > exactness) exactness = fieldExactness
    }
    let coverage = 0
    let order = 0
    for (let i = 0; i < unitCount; i++) {
      coverage += unitWeight[i] * bestUnit[i]
      if (joined[i]) order += this.pairWeights[i] * bestPair[i]
    }
    coverage /= this.totalWeight
    order = this.totalPairWeight > 0 ? order / this.totalPairWeight : coverage
    out.coverage = coverage
    out.score =
      COVERAGE_WEIGHT * coverage + ORDER_WEIGHT * order + EXACTNESS_WEIGHT * exactness + index.prior[entry]
  }

  /**
   * Matches the query against one text and keeps the result (per unit: best match and best pair with the
   * previous unit; the query weight matched; the share of the text covered) in a memo slot, so
   * the same text in other entries is not matched again. Returns the slot, or -1 when nothing matches.
   */
  private evaluate(text: number, nameMatches?: Uint8Array): number {
    const { unitCount, unitWeight, joined, index } = this
    const { textCodeStart, textCoreLength } = index
    const { textQuery, textSlot } = index.scratch
    const start = textCodeStart[text]
    const length = textCodeStart[text + 1] - start
    textQuery[text] = this.queryId
    textSlot[text] = -1
    if (!this.fillMatches(text, start, length)) return -1
    // Slot 0 is scratch, for when the memo is full.
    const slot = (this.nextSlot + 1) * unitCount <= memoTop.length ? this.nextSlot++ : 0
    const base = slot * unitCount
    covered.fill(0, 0, length)
    let matchedWeight = 0
    for (let i = 0; i < unitCount; i++) {
      const row = i * WIDTH
      const isChar = this.isChar[i] === 1
      let top = 0
      for (let n = 0; n < matchedCount[i]; n++) {
        const p = matchedAt[row + n]
        const quality = match[row + p]
        if (quality < 1 && isChar && !this.matchedNextTo(i, row, p, length)) {
          match[row + p] = 0
          continue
        }
        const how = quality === 1 || !isChar ? SURE : SOUND_ALIKE
        if (how > covered[p]) covered[p] = how
        if (quality > top) top = quality
      }
      memoTop[base + i] = top
      memoPair[base + i] = top > 0 && joined[i] ? pairQuality(row - WIDTH, row, matchedCount[i]) : 0
      matchedWeight += unitWeight[i] * top
    }
    this.clearMatches()
    if (matchedWeight === 0) return -1
    memoCovered[slot] = this.coveredShare(start, length, textCoreLength[text])
    memoMatchedWeight[slot] = matchedWeight
    if (nameMatches) nameMatches.set(covered.subarray(0, length))
    if (slot > 0) textSlot[text] = slot
    return slot
  }

  /**
   * How much of the text the query covers (`covered` set): of its core for a single text, of its best
   * covered text for gathered ones (tags: 公安 covers the tag 公安 entirely, whatever the other tags).
   */
  private coveredShare(start: number, length: number, core: number): number {
    const codes = this.index.codes
    let best = 0
    let segmentStart = 0
    let coveredInSegment = 0
    let gathered = false
    for (let p = 0; p <= length; p++) {
      if (p === length || codes[start + p] === GAP_CODE) {
        const segmentLength = gathered || p < length ? p - segmentStart : core
        if (segmentLength > 0) best = Math.max(best, coveredInSegment / segmentLength)
        gathered = true
        segmentStart = p + 1
        coveredInSegment = 0
      } else if (covered[p] && (gathered || p < core)) {
        coveredInSegment++
      }
    }
    return best
  }

  /**
   * Fills each unit's row of `match` for one text (and the list of positions set); false when nothing in
   * the text matches at all.
   */
  private fillMatches(text: number, start: number, length: number): boolean {
    const { unitCount, unitCode, homophoneUnits, readingStart, readingIds } = this
    const codes = this.index.codes
    matchedCount.fill(0, 0, unitCount)
    let any = false
    for (let p = 0; p < length; p++) {
      const code = codes[start + p]
      const units = this.unitsMatching(code)
      if (units === 0) continue
      let sameSound = 0
      if (code >= HAN_FIRST && code <= HAN_LAST) {
        const slot = code - HAN_FIRST
        for (let j = readingStart[slot]; j < readingStart[slot + 1]; j++)
          sameSound |= homophoneUnits[readingIds[j]]
      }
      for (let i = 0; i < unitCount; i++) {
        if (((units >>> i) & 1) === 0) continue
        // An exact character also reads the same: it is among the sound-alikes, checked first.
        const quality =
          unitCode[i] === code
            ? 1
            : (sameSound >>> i) & 1
              ? HOMOPHONE
              : code >= HAN_FIRST
                ? NEAR_HOMOPHONE
                : 0
        if (quality === 0) continue
        const row = i * WIDTH
        match[row + p] = quality
        matchedAt[row + matchedCount[i]++] = p
        any = true
      }
    }
    const letters = this.index.textLetters[text]
    for (let i = 0; i < unitCount; i++) {
      const run = this.runs[i]
      if (run === null || (letters & run.requiredLetters) !== run.requiredLetters) continue
      if (this.matchRun(run, start, length, i)) any = true
    }
    if (!any) this.clearMatches()
    return any
  }

  /**
   * Character units that may match `code` (bit i for unit i): those sounding like it or nearly, and the
   * units of characters without a reading (digits), compared as they are.
   */
  private unitsMatching(code: number): number {
    if (code < HAN_FIRST || code > HAN_LAST) return this.plainUnitMask
    const { readingStart, readingIds, homophoneUnits, nearUnits, looseId } = this
    const slot = code - HAN_FIRST
    let units = this.plainUnitMask
    for (let j = readingStart[slot]; j < readingStart[slot + 1]; j++) {
      const reading = readingIds[j]
      units |= homophoneUnits[reading] | nearUnits[looseId[reading]]
    }
    return units
  }

  /** Whether every character of codes[from … to) may match a character unit. */
  private allMatchIn(from: number, to: number): boolean {
    const codes = this.index.codes
    for (let at = from; at < to; at++) if (this.unitsMatching(codes[at]) === 0) return false
    return true
  }

  private clearMatches(): void {
    for (let i = 0; i < this.unitCount; i++) {
      const row = i * WIDTH
      for (let n = 0; n < matchedCount[i]; n++) match[row + matchedAt[row + n]] = 0
      matchedCount[i] = 0
    }
  }

  /**
   * A character that only sounds like the query's counts only inside a word: when the query's previous unit
   * matched the field's previous character, or its next unit the next character (修 in 退修 matches 休 after
   * 退; a lone 箭 does not match the 件 of 一件事).
   */
  private matchedNextTo(i: number, row: number, p: number, length: number): boolean {
    if (this.joined[i] && p > 0 && match[row - WIDTH + p - 1] > 0) return true
    return (
      i + 1 < this.unitCount && this.joined[i + 1] === 1 && p + 1 < length && match[row + WIDTH + p + 1] > 0
    )
  }

  /** Gain per letter when piece `k` reads the character `code`, 0 when it cannot. */
  private pieceGain(run: RunPieces, k: number, code: number): number {
    const type = run.type[k]
    if (code >= LETTER_A && code <= LETTER_Z) {
      // Latin letters in a catalog text (IPO, WiFi): typed as they are, one letter at a time.
      const single = type === INITIAL || type === LETTER
      return single && run.retroflex[k] === 0 && run.letter[k] === code ? SYLLABLE_GAIN : 0
    }
    if (type === LETTER || code < HAN_FIRST || code > HAN_LAST) return 0
    const { readingStart, readingIds, looseId, firstLetter, retroflex } = this
    const slot = code - HAN_FIRST
    let gain = 0
    for (let j = readingStart[slot]; j < readingStart[slot + 1]; j++) {
      const reading = readingIds[j]
      if (type === SYLLABLE) {
        if (reading === run.syllable[k]) return SYLLABLE_GAIN
        if (looseId[reading] === looseId[run.syllable[k]]) gain = NEAR_SYLLABLE_GAIN
      } else if (type === PREFIX) {
        if (run.prefixOf[k]?.[reading]) return PREFIX_GAIN
      } else if (firstLetter[reading] === run.letter[k] && (run.retroflex[k] === 0 || retroflex[reading])) {
        gain = INITIAL_GAIN
      }
    }
    return gain
  }

  /**
   * Best alignment of a pinyin run with consecutive characters of the field, starting anywhere: sets the
   * unit's `match` row on the aligned span to the share of the run's letters read (weighted by how they were
   * read); false when no letter could be read.
   *
   * A reading that stops before the run's end counts only when what it read is worth a word (PART_READ_FLOOR):
   * an initial is one letter of about twenty, so two or three of them sit next to each other somewhere in any
   * catalog (xyzqq read as the x and y of 信用, qqq as two q's), and one syllable sounds like dozens of its
   * characters (the he of hello). An abbreviation typed whole (sbk, xsecs) is read whole and always counts;
   * one with a letter more than the text (sfzbjl for 身份证不见了, whose 了 the index drops) or pinyin with a
   * word more (dibaoshenqing: 低保) still count.
   */
  private matchRun(run: RunPieces, start: number, length: number, unit: number): boolean {
    const { letters, first, end, type } = run
    const codes = this.index.codes
    for (let k = 0; k <= letters; k++) dpValue.fill(-1, k * DP_WIDTH, k * DP_WIDTH + length + 1)
    for (let p = 0; p <= length; p++) {
      dpValue[p] = 0
      dpStart[p] = p
      dpEvidence[p] = 0
    }
    let bestValue = 0
    let bestFrom = -1
    let bestTo = -1
    const runEnd = letters * DP_WIDTH
    for (let p = 0; p < length; p++) {
      const code = codes[start + p]
      for (let k = 0; k < letters; k++) {
        const from = k * DP_WIDTH + p
        const value = dpValue[from]
        if (value < 0) continue
        for (let piece = first[k]; piece < first[k + 1]; piece++) {
          const gain = this.pieceGain(run, piece, code)
          if (gain === 0) continue
          const next = value + gain * (end[piece] - k)
          const cell = end[piece] * DP_WIDTH + p + 1
          if (next > dpValue[cell]) {
            dpValue[cell] = next
            dpStart[cell] = dpStart[from]
            const evidence =
              dpEvidence[from] + (type[piece] === SYLLABLE || type[piece] === PREFIX ? SYLLABLE_EVIDENCE : 1)
            dpEvidence[cell] = evidence
            if (next > bestValue && (cell >= runEnd || evidence >= PART_READ_FLOOR)) {
              bestValue = next
              bestFrom = dpStart[cell]
              bestTo = p + 1
            }
          }
        }
      }
    }
    if (bestFrom < 0) return false
    const quality = (bestValue / letters) * (bestFrom === 0 || bestTo === length ? 1 : INSIDE_TEXT)
    const row = unit * WIDTH
    for (let p = bestFrom; p < bestTo; p++) {
      match[row + p] = quality
      matchedAt[row + matchedCount[unit]++] = p
    }
    return true
  }
}

/** Best match of unit `row` right after (or up to two characters after) the previous unit. */
function pairQuality(previousRow: number, row: number, count: number): number {
  let quality = 0
  for (let n = 0; n < count; n++) {
    const p = matchedAt[row + n]
    const here = match[row + p]
    if (p >= 1) {
      const adjacent = Math.min(match[previousRow + p - 1], here)
      if (adjacent > quality) quality = adjacent
    }
    for (let gap = 2; gap <= 3 && gap <= p; gap++) {
      const gapped = GAPPED_PAIR * Math.min(match[previousRow + p - gap], here)
      if (gapped > quality) quality = gapped
    }
  }
  return quality
}
