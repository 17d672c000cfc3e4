import type { CatalogEntry } from '@contract/api/catalog'

import { withoutFillers } from './fillers'
import { GENERIC_SUFFIXES, SYNONYMS } from './lexicon'
import { FIRST_HAN, LAST_HAN, type PinyinTable, pinyinTable } from './pinyin'
import { fieldCodes, isDigit, isLetter } from './text'

/**
 * The on-device search index of one catalog version. Built once (the catalog changes only with its
 * version); every query then reuses its flat typed arrays and scratch buffers, so typing never allocates
 * per catalog entry.
 *
 * Layout: each entry has fields (name first, then aliases, tags, department, then synonym variants of
 * those); each field is a run of normalised character codes in `codes`. Postings map a character to the
 * entries holding it, and a pair of pinyin first letters (of two neighbouring characters of a name or alias)
 * to the entries holding it, for queries typed as initials (xsecs).
 */
export interface SearchIndex {
  /** Number of catalog entries indexed. */
  readonly size: number
}

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
export const MAX_FIELD_LENGTH = 48
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
  /** Per field: its codes are codes[fieldCodeStart[f]] … codes[fieldCodeStart[f + 1] - 1]. */
  readonly fieldCodeStart: Int32Array
  readonly fieldKind: Uint8Array
  readonly fieldWeight: Float32Array
  /** Per field: its length without a generic suffix (一件事), for how much of it a query covers. */
  readonly fieldCoreLength: Uint8Array
  /** Per field: bit (letter - 'a') set when a character there reads with, or is, that letter first. */
  readonly fieldLetters: Int32Array
  readonly codes: Int32Array
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
}

export function letterPairKey(first: number, second: number): number {
  return first * 128 + second
}

/** Letters ('a'…'z' codes) a code can be typed with: its pinyin first letters, or itself for a letter. */
export function forEachFirstLetter(code: number, visit: (letter: number) => void): void {
  if (isLetter(code)) {
    visit(code)
    return
  }
  if (code < FIRST_HAN || code > LAST_HAN) return
  const { readingStart, readingIds, firstLetter } = pinyinTable()
  const slot = code - FIRST_HAN
  let seen = 0
  for (let j = readingStart[slot]; j < readingStart[slot + 1]; j++) {
    const letter = firstLetter[readingIds[j]]
    const bit = 1 << (letter - 0x61)
    if (seen & bit) continue
    seen |= bit
    visit(letter)
  }
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

/** The text spelled with each other member of every synonym group one of its words belongs to. */
export function synonymVariants(text: string): string[] {
  const variants: string[] = []
  const usedGroups = new Set<readonly string[]>()
  for (let i = 0; i < text.length && variants.length < MAX_VARIANTS_PER_FIELD; i++) {
    const candidates = membersByFirstChar.get(text[i])
    if (!candidates) continue
    for (const { text: member, group } of candidates) {
      if (usedGroups.has(group) || !text.startsWith(member, i)) continue
      usedGroups.add(group)
      for (const other of group) {
        if (other === member || variants.length >= MAX_VARIANTS_PER_FIELD) continue
        variants.push(text.slice(0, i) + other + text.slice(i + member.length))
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
export function createSearchIndex(entries: readonly CatalogEntry[]): SearchIndex {
  const entryFieldStart = new Int32Array(entries.length + 1)
  const fieldCodeStart: number[] = []
  const fieldKind: number[] = []
  const fieldWeight: number[] = []
  const fieldCoreLength: number[] = []
  const fieldLetters: number[] = []
  const codes: number[] = []
  const table = pinyinTable()
  const chars = new PostingsBuilder()
  const syllables = new PostingsBuilder()
  const letterPairs = new PostingsBuilder()
  const letterStarts = new PostingsBuilder()
  let maxHot = 0

  const addField = (entry: number, text: string, kind: FieldKind, weight: number) => {
    const fieldCodesOfText = fieldCodes(text).slice(0, MAX_FIELD_LENGTH)
    if (fieldCodesOfText.length === 0) return
    fieldCodeStart.push(codes.length)
    fieldKind.push(kind)
    fieldWeight.push(weight)
    fieldCoreLength.push(coreLength(fieldCodesOfText))
    let letters = 0
    let previousLetters: number[] = []
    fieldCodesOfText.forEach((code, position) => {
      codes.push(code)
      chars.add(code, entry, kind)
      // Departments are shared by hundreds of entries: a homophone of one of their characters is no lead.
      if (kind !== FIELD_DEPARTMENT && code >= FIRST_HAN && code <= LAST_HAN) {
        const slot = code - FIRST_HAN
        for (let j = table.readingStart[slot]; j < table.readingStart[slot + 1]; j++) {
          syllables.add(table.readingIds[j], entry, kind)
        }
      }
      if (isDigit(code)) {
        previousLetters = []
        return
      }
      const currentLetters: number[] = []
      forEachFirstLetter(code, (letter) => {
        currentLetters.push(letter)
        letters |= 1 << (letter - 0x61)
        if (kind > FIELD_ALIAS) return
        if (position === 0) letterStarts.add(letter, entry, kind)
        for (const previous of previousLetters) letterPairs.add(letterPairKey(previous, letter), entry, kind)
      })
      previousLetters = currentLetters
    })
    fieldLetters.push(letters)
  }

  entries.forEach((entry, e) => {
    entryFieldStart[e] = fieldCodeStart.length
    maxHot = Math.max(maxHot, entry.hot)
    const texts: Array<[string, FieldKind]> = [
      [entry.name, FIELD_NAME],
      ...entry.aliases.map((alias): [string, FieldKind] => [withoutFillers(alias), FIELD_ALIAS]),
      ...entry.tags.map((tag): [string, FieldKind] => [tag, FIELD_TAG]),
      [entry.department, FIELD_DEPARTMENT],
    ]
    for (const [text, kind] of texts) addField(e, text, kind, KIND_WEIGHT[kind])
    const seen = new Set(texts.map(([text]) => text))
    for (const [text, kind] of texts) {
      for (const variant of synonymVariants(text)) {
        if (seen.has(variant)) continue
        seen.add(variant)
        addField(e, variant, kind, KIND_WEIGHT[kind] * VARIANT_WEIGHT)
      }
    }
  })
  entryFieldStart[entries.length] = fieldCodeStart.length
  fieldCodeStart.push(codes.length)

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
    fieldCodeStart: Int32Array.from(fieldCodeStart),
    fieldKind: Uint8Array.from(fieldKind),
    fieldWeight: Float32Array.from(fieldWeight),
    fieldCoreLength: Uint8Array.from(fieldCoreLength),
    fieldLetters: Int32Array.from(fieldLetters),
    codes: Int32Array.from(codes),
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
    },
  }
  return index
}

export function indexData(index: SearchIndex): IndexData {
  return index as IndexData
}
