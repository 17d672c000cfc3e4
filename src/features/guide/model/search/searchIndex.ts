import type { CatalogEntry } from '@contract/api/catalog'

import { withoutFillers } from './fillers'
import { GENERIC_SUFFIXES, SYNONYMS } from './lexicon'
import { FIRST_HAN, LAST_HAN, type PinyinTable, pinyinTable } from './pinyin'
import { fieldCodes, isLetter } from './text'

/**
 * The on-device search index of one catalog version. Built once (the catalog changes only with its
 * version); every query then reuses its flat typed arrays and scratch buffers, so typing never allocates
 * per catalog entry.
 *
 * Layout: each entry has fields (its name first, its aliases, synonym variants of both, then its tags and
 * its department, each of those gathered into one field). A field points to a text: a run of normalised
 * character codes stored once however many fields share it (a city catalog repeats each item for every
 * county, with the same name and aliases), and scored once per query. Postings map a character, a syllable
 * and a pair of pinyin first letters (of neighbouring characters of a name or alias, for initials such as
 * xsecs) to the entries holding them.
 */
export interface SearchIndex {
  /** Number of catalog entries indexed. */
  readonly size: number
}

// Imported bindings become property getters once transpiled or bundled without scope hoisting: the build
// loops read local copies.
const HAN_FIRST = FIRST_HAN
const HAN_LAST = LAST_HAN
const LETTER_A = 0x61

export const FIELD_NAME = 0
export const FIELD_ALIAS = 1
export const FIELD_TAG = 2
export const FIELD_DEPARTMENT = 3
type FieldKind = typeof FIELD_NAME | typeof FIELD_ALIAS | typeof FIELD_TAG | typeof FIELD_DEPARTMENT

/** How much a match in each kind of field counts: the name and the citizens' own words most. */
export const KIND_WEIGHT = [1, 0.95, 0.7, 0.5] as const
/** A synonym variant counts a little less than the text it was derived from. */
const VARIANT_WEIGHT = 0.9
/** Longer texts are cut (names are far shorter; this bounds the work per field). */
export const MAX_FIELD_LENGTH = 64
/**
 * Separates the texts gathered into one field (all the tags; the department and its variants): matches
 * nothing, so no pair of neighbouring characters spans two texts.
 */
export const GAP = 0
const MAX_VARIANTS_PER_FIELD = 8
/** At most this much of a score comes from popularity: it orders near-ties, never relevance. */
const POPULARITY_WEIGHT = 0.02
/**
 * A 一件事 bundle is preferred to a single item that matches about as well (often one of its own members):
 * it settles the whole life event in one application, which is what the citizen came for.
 */
const BUNDLE_PREFERENCE = 0.05

export interface IndexData extends SearchIndex {
  readonly entries: readonly CatalogEntry[]
  /** Per entry: its prior (popularity, 0 … POPULARITY_WEIGHT, plus BUNDLE_PREFERENCE for a bundle). */
  readonly prior: Float32Array
  /** Per entry: its fields are entryFieldStart[e] … entryFieldStart[e + 1] - 1, the name first. */
  readonly entryFieldStart: Int32Array
  readonly fieldText: Int32Array
  readonly fieldKind: Uint8Array
  readonly fieldWeight: Float32Array
  /**
   * Per synonym variant of a name or alias: where the substituted word sits. A variant stands in for its
   * original only when the query has that whole word (驾照 in 驾照到期, not the 公 of 公司 in 公安); it can
   * do no better otherwise (insertEnd 0: not a variant).
   */
  readonly fieldInsertStart: Uint8Array
  readonly fieldInsertEnd: Uint8Array
  /** Per text: its codes are codes[textCodeStart[t]] … codes[textCodeStart[t + 1] - 1]. */
  readonly textCodeStart: Int32Array
  readonly codes: Int32Array
  /** Per text: its length without a generic suffix (一件事), for how much of it a query covers. */
  readonly textCoreLength: Uint8Array
  /** Per text: bit (letter - 'a') set when a character there reads with, or is, that letter first. */
  readonly textLetters: Int32Array
  /**
   * Per text: a 32-bit summary of its sounds (soundBits of its characters), so a text sharing no sound with
   * the query is skipped without looking at its characters.
   */
  readonly textSounds: Int32Array
  readonly table: PinyinTable
  /** Character code → postings: entry << 2 | the most important kind of field holding it. */
  readonly charPostings: ReadonlyMap<number, Int32Array>
  /**
   * Syllable id → postings of the entries holding a character read that way in a name, alias or tag
   * (homophones, pinyin).
   */
  readonly syllablePostings: ReadonlyMap<number, Int32Array>
  /** (first letter, next first letter) → postings, over names and aliases. */
  readonly letterPairPostings: ReadonlyMap<number, Int32Array>
  /** First letter → postings of names and aliases starting with it. */
  readonly letterStartPostings: ReadonlyMap<number, Int32Array>
  /** Inverse document frequency scale: ln(size + 1). */
  readonly idfScale: number
  readonly scratch: Scratch
}

/** Buffers reused by every query on this index. */
export interface Scratch {
  readonly accumulated: Float32Array
  /** Selection keys of the touched entries. */
  readonly keys: Float32Array
  readonly stamp: Int32Array
  readonly touched: Int32Array
  stampCounter: number
  /** Per text: the query that last scored it (a count) and where its result is kept. */
  readonly textQuery: Int32Array
  readonly textSlot: Int32Array
  queryCounter: number
}

export function letterPairKey(first: number, second: number): number {
  return first * 128 + second
}

/**
 * The letters a character can be typed with, as bits (letter - 'a'): the first letters of its readings, or
 * the letter itself.
 */
export function letterBits(table: PinyinTable, code: number): number {
  if (isLetter(code)) return 1 << (code - LETTER_A)
  if (code < HAN_FIRST || code > HAN_LAST) return 0
  const slot = code - HAN_FIRST
  let bits = 0
  for (let j = table.readingStart[slot]; j < table.readingStart[slot + 1]; j++) {
    bits |= 1 << (table.firstLetter[table.readingIds[j]] - LETTER_A)
  }
  return bits
}

/** The bits of a 26-bit letter set, as letter codes. */
function lettersOf(bits: number): number[] {
  const letters: number[] = []
  for (let rest = bits; rest !== 0; rest &= rest - 1) letters.push(LETTER_A + 31 - Math.clz32(rest & -rest))
  return letters
}

/**
 * The sound-summary bits of a character: one per dialect-tolerant spelling of its readings (so homophones
 * and near-homophones share bits), or one for the character itself when it has no reading (digits,
 * letters, rare characters).
 */
export function soundBits(table: PinyinTable, code: number): number {
  if (code < HAN_FIRST || code > HAN_LAST) return 1 << (code % 31)
  const slot = code - HAN_FIRST
  const start = table.readingStart[slot]
  const end = table.readingStart[slot + 1]
  if (start === end) return 1 << (code % 31)
  let bits = 0
  for (let j = start; j < end; j++) bits |= 1 << (table.looseId[table.readingIds[j]] % 31)
  return bits
}

// ── Synonym variants ────────────────────────────────────────────────────────────────────────────────────

interface SynonymMember {
  text: string
  group: readonly string[]
}

/** Members that may be found in catalog text, by first character; one-character members are only ever
 * written into variants (娃 stands for 孩子, but 开 inside 公开 must not become 开办). */
const membersByFirstChar: Map<string, SynonymMember[]> = (() => {
  const byFirst = new Map<string, SynonymMember[]>()
  for (const group of SYNONYMS) {
    for (const text of group) {
      if (text.length < 2) continue
      const list = byFirst.get(text[0]) ?? []
      list.push({ text, group })
      byFirst.set(text[0], list)
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.text.length - a.text.length)
  return byFirst
})()

export interface SynonymVariant {
  text: string
  /** Where the substituted word sits in the variant's normalised codes: [insertStart, insertEnd). */
  insertStart: number
  insertEnd: number
}

/** The text spelled with each other member of every synonym group one of its words belongs to. */
export function synonymVariants(text: string): SynonymVariant[] {
  const variants: SynonymVariant[] = []
  const usedGroups = new Set<readonly string[]>()
  for (let i = 0; i < text.length && variants.length < MAX_VARIANTS_PER_FIELD; i++) {
    const candidates = membersByFirstChar.get(text[i])
    if (!candidates) continue
    for (const { text: member, group } of candidates) {
      if (usedGroups.has(group) || !text.startsWith(member, i)) continue
      usedGroups.add(group)
      const insertStart = fieldCodes(text.slice(0, i)).length
      for (const other of group) {
        if (other === member || variants.length >= MAX_VARIANTS_PER_FIELD) continue
        variants.push({
          text: text.slice(0, i) + other + text.slice(i + member.length),
          insertStart,
          insertEnd: insertStart + fieldCodes(other).length,
        })
      }
      i += member.length - 1
      break
    }
  }
  return variants
}

// ── Build ───────────────────────────────────────────────────────────────────────────────────────────────

const suffixCodes = GENERIC_SUFFIXES.map(fieldCodes)

function coreLength(codes: readonly number[]): number {
  for (const suffix of suffixCodes) {
    const start = codes.length - suffix.length
    if (start > 0 && suffix.every((code, k) => codes[start + k] === code)) return start
  }
  return codes.length
}

class PostingsBuilder {
  private readonly lists = new Map<number, number[]>()

  /** Entries must be added in increasing order; a repeat keeps the most important kind (lowest number). */
  add(key: number, entry: number, kind: FieldKind): void {
    let list = this.lists.get(key)
    if (!list) {
      list = []
      this.lists.set(key, list)
    }
    const last = list.length - 1
    if (last >= 0 && list[last] >> 2 === entry) {
      if ((list[last] & 3) > kind) list[last] = (entry << 2) | kind
    } else {
      list.push((entry << 2) | kind)
    }
  }

  freeze(): Map<number, Int32Array> {
    const frozen = new Map<number, Int32Array>()
    for (const [key, list] of this.lists) frozen.set(key, Int32Array.from(list))
    return frozen
  }
}

/** Builds the index of a catalog (once per catalog version: ≈ 10 ms for 300 entries on a laptop). */
/** What a text contributes to the postings, worked out once however many fields share the text. */
interface TextKeys {
  chars: number[]
  syllables: number[]
  letterPairs: number[]
  letterStarts: number[]
}

/** Stores each distinct text once, with what the scorer needs to know about it. */
class TextStore {
  readonly codeStart: number[] = []
  readonly codes: number[] = []
  readonly coreLength: number[] = []
  readonly letters: number[] = []
  readonly sounds: number[] = []
  readonly keys: TextKeys[] = []
  private readonly ids = new Map<string, number>()

  constructor(private readonly table: PinyinTable) {}

  idOf(textCodes: readonly number[]): number {
    const key = textCodes.join()
    const known = this.ids.get(key)
    if (known !== undefined) return known
    const id = this.codeStart.length
    this.ids.set(key, id)
    this.codeStart.push(this.codes.length)
    this.codes.push(...textCodes)
    this.coreLength.push(coreLength(textCodes))
    const { table } = this
    const chars = new Set<number>()
    const syllables = new Set<number>()
    const letterPairs = new Set<number>()
    let letters = 0
    let sounds = 0
    let previousLetters = 0
    for (const code of textCodes) {
      if (code === GAP) {
        previousLetters = 0
        continue
      }
      chars.add(code)
      sounds |= soundBits(table, code)
      if (code >= HAN_FIRST && code <= HAN_LAST) {
        const slot = code - HAN_FIRST
        for (let j = table.readingStart[slot]; j < table.readingStart[slot + 1]; j++) {
          syllables.add(table.readingIds[j])
        }
      }
      const current = letterBits(table, code)
      if (previousLetters !== 0 && current !== 0) {
        for (const first of lettersOf(previousLetters)) {
          for (const second of lettersOf(current)) letterPairs.add(letterPairKey(first, second))
        }
      }
      letters |= current
      previousLetters = current
    }
    const letterStarts = lettersOf(textCodes[0] === GAP ? 0 : letterBits(table, textCodes[0]))
    this.letters.push(letters)
    this.sounds.push(sounds)
    this.keys.push({
      chars: [...chars],
      syllables: [...syllables],
      letterPairs: [...letterPairs],
      letterStarts,
    })
    return id
  }
}

/** Builds the index of a catalog (once per catalog version: ≈ 10 ms for 300 entries on a laptop). */
export function createSearchIndex(entries: readonly CatalogEntry[]): SearchIndex {
  const table = pinyinTable()
  const texts = new TextStore(table)
  const entryFieldStart = new Int32Array(entries.length + 1)
  const fieldText: number[] = []
  const fieldKind: number[] = []
  const fieldWeight: number[] = []
  const fieldInsertStart: number[] = []
  const fieldInsertEnd: number[] = []
  const chars = new PostingsBuilder()
  const syllables = new PostingsBuilder()
  const letterPairs = new PostingsBuilder()
  const letterStarts = new PostingsBuilder()
  let maxHot = 0

  const addField = (entry: number, textCodes: number[], kind: FieldKind, weight: number, insert = [0, 0]) => {
    if (textCodes.length === 0) return
    const text = texts.idOf(textCodes)
    fieldText.push(text)
    fieldKind.push(kind)
    fieldWeight.push(weight)
    fieldInsertStart.push(insert[0])
    fieldInsertEnd.push(insert[1])
    const keys = texts.keys[text]
    for (const code of keys.chars) chars.add(code, entry, kind)
    // Departments are shared by hundreds of entries: a homophone of one of their characters is no lead.
    if (kind !== FIELD_DEPARTMENT) for (const syllable of keys.syllables) syllables.add(syllable, entry, kind)
    if (kind > FIELD_ALIAS) return
    for (const pair of keys.letterPairs) letterPairs.add(pair, entry, kind)
    for (const letter of keys.letterStarts) letterStarts.add(letter, entry, kind)
  }

  /** Texts that need no field of their own (tags; a department and its variants), GAP-separated. */
  const addGathered = (entry: number, gatheredTexts: readonly string[], kind: FieldKind) => {
    let gathered: number[] = []
    for (const text of gatheredTexts) {
      const textCodes = fieldCodes(text).slice(0, MAX_FIELD_LENGTH)
      if (textCodes.length === 0) continue
      if (gathered.length > 0 && gathered.length + 1 + textCodes.length > MAX_FIELD_LENGTH) {
        addField(entry, gathered, kind, KIND_WEIGHT[kind])
        gathered = []
      }
      if (gathered.length > 0) gathered.push(GAP)
      gathered.push(...textCodes)
    }
    addField(entry, gathered, kind, KIND_WEIGHT[kind])
  }

  const withVariants = (originals: readonly string[]) => {
    const all = new Set(originals)
    for (const text of originals) for (const variant of synonymVariants(text)) all.add(variant.text)
    return [...all]
  }

  entries.forEach((entry, e) => {
    entryFieldStart[e] = fieldText.length
    maxHot = Math.max(maxHot, entry.hot)
    const own: Array<[string, FieldKind]> = [
      [entry.name, FIELD_NAME],
      ...entry.aliases.map((alias): [string, FieldKind] => [withoutFillers(alias), FIELD_ALIAS]),
    ]
    for (const [text, kind] of own) {
      addField(e, fieldCodes(text).slice(0, MAX_FIELD_LENGTH), kind, KIND_WEIGHT[kind])
    }
    const seen = new Set(own.map(([text]) => text))
    for (const [text, kind] of own) {
      for (const { text: variant, insertStart, insertEnd } of synonymVariants(text)) {
        if (seen.has(variant) || insertEnd > MAX_FIELD_LENGTH) continue
        seen.add(variant)
        const variantCodes = fieldCodes(variant).slice(0, MAX_FIELD_LENGTH)
        addField(e, variantCodes, kind, KIND_WEIGHT[kind] * VARIANT_WEIGHT, [insertStart, insertEnd])
      }
    }
    addGathered(e, withVariants(entry.tags), FIELD_TAG)
    addGathered(e, withVariants([entry.department]), FIELD_DEPARTMENT)
  })
  entryFieldStart[entries.length] = fieldText.length
  texts.codeStart.push(texts.codes.length)
  const textCount = texts.coreLength.length

  const prior = new Float32Array(entries.length)
  const hotScale = Math.log1p(Math.max(maxHot, 1))
  entries.forEach((entry, e) => {
    const popularity = (POPULARITY_WEIGHT * Math.log1p(Math.max(entry.hot, 0))) / hotScale
    prior[e] = popularity + (entry.kind === 'bundle' ? BUNDLE_PREFERENCE : 0)
  })

  const index: IndexData = {
    size: entries.length,
    entries,
    prior,
    entryFieldStart,
    fieldText: Int32Array.from(fieldText),
    fieldKind: Uint8Array.from(fieldKind),
    fieldWeight: Float32Array.from(fieldWeight),
    fieldInsertStart: Uint8Array.from(fieldInsertStart),
    fieldInsertEnd: Uint8Array.from(fieldInsertEnd),
    textCodeStart: Int32Array.from(texts.codeStart),
    codes: Int32Array.from(texts.codes),
    textCoreLength: Uint8Array.from(texts.coreLength),
    textLetters: Int32Array.from(texts.letters),
    textSounds: Int32Array.from(texts.sounds),
    table,
    charPostings: chars.freeze(),
    syllablePostings: syllables.freeze(),
    letterPairPostings: letterPairs.freeze(),
    letterStartPostings: letterStarts.freeze(),
    idfScale: Math.log(entries.length + 1),
    scratch: {
      accumulated: new Float32Array(entries.length),
      keys: new Float32Array(entries.length),
      stamp: new Int32Array(entries.length),
      touched: new Int32Array(entries.length),
      stampCounter: 0,
      textQuery: new Int32Array(textCount),
      textSlot: new Int32Array(textCount),
      queryCounter: 0,
    },
  }
  return index
}

export function indexData(index: SearchIndex): IndexData {
  return index as IndexData
}
