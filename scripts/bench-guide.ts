/**
 * `npm run bench:guide`: the on-device guidance search against fuse.js and MiniSearch, in one process, on
 * the same catalogs (the simulator's seed catalog and the 15,000-entry stress catalog) and the same queries
 * (the development set). Prints a markdown table for README, then this engine's misses.
 *
 *   npm run bench:guide                          default dev set (../shared/data/guide-dev-queries.tsv)
 *   npm run bench:guide -- --queries other.tsv   another set in the same format
 *
 * Peers are configured as their documentation and maintainers recommend for Chinese: fuse.js with
 * `ignoreLocation` (a match may sit anywhere in a name) and weighted keys; MiniSearch with a CJK tokenizer
 * (Intl.Segmenter words plus character bigrams, lucaong/minisearch#201), prefix search, fuzzy matching only
 * for non-CJK terms, and the same field boosts. Neither knows pinyin: that is part of what is compared.
 */
import { readFileSync } from 'node:fs'
import { availableParallelism, loadavg } from 'node:os'
import { resolve } from 'node:path'
import Fuse from 'fuse.js'
import MiniSearch from 'minisearch'

import type { CatalogEntry } from '../types/api/catalog'
import { createSearchIndex, searchCatalog } from '../src/features/guide/model/search'
import { catalogIndex } from '../mock/seed/catalog'
import { generateStressCatalog } from '../mock/seed/catalog/stress'

const STRESS_SIZE = 15_000
const TOP = 10
/** Time spent measuring latency for one engine on one query list (after warm-up), and sample bounds. */
const LATENCY_BUDGET_MS = 1_500
const WARM_UP_MS = 300
const MIN_SAMPLES = 10
const MAX_REPETITIONS = 100

type Search = (query: string) => string[]
interface Engine {
  name: string
  build(entries: readonly CatalogEntry[]): Search
}

// ── Engines ─────────────────────────────────────────────────────────────────────────────────────────────

const ours: Engine = {
  name: '通通办 engine',
  build(entries) {
    const index = createSearchIndex(entries)
    return (query) => searchCatalog(index, query, { limit: TOP }).map((hit) => hit.name)
  },
}

const FIELD_WEIGHTS = { name: 3, aliases: 2, tags: 1, department: 0.5 }

const fuse: Engine = {
  name: 'fuse.js',
  build(entries) {
    const engine = new Fuse(entries as CatalogEntry[], {
      keys: Object.entries(FIELD_WEIGHTS).map(([name, weight]) => ({ name, weight })),
      ignoreLocation: true,
      includeScore: true,
    })
    return (query) => engine.search(query, { limit: TOP }).map((result) => result.item.name)
  },
}

const HAN = /\p{Script=Han}/u
const HAN_RUNS = /(\p{Script=Han}+)/u
const SPACE_OR_PUNCTUATION = /[\s\p{P}\p{S}]+/u
interface WordSegmenter {
  segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }>
}
// Intl.Segmenter is ES2022; the project's TypeScript lib stops at ES2020 (the app's older JS engines).
const { Segmenter } = Intl as unknown as {
  Segmenter: new (locale: string, options: { granularity: 'word' }) => WordSegmenter
}
const segmenter = new Segmenter('zh', { granularity: 'word' })

/** Words (ICU's dictionary) plus overlapping character bigrams for Chinese; other text as MiniSearch does. */
function cjkTokenize(text: string): string[] {
  const tokens: string[] = []
  for (const part of text.split(SPACE_OR_PUNCTUATION)) {
    for (const run of part.split(HAN_RUNS)) {
      if (!run) continue
      if (!HAN.test(run)) {
        tokens.push(run)
        continue
      }
      for (const { segment, isWordLike } of segmenter.segment(run)) if (isWordLike) tokens.push(segment)
      if (run.length === 1) tokens.push(run)
      for (let i = 0; i + 2 <= run.length; i++) tokens.push(run.slice(i, i + 2))
    }
  }
  return tokens
}

const minisearch: Engine = {
  name: 'MiniSearch',
  build(entries) {
    const engine = new MiniSearch<CatalogEntry>({
      fields: Object.keys(FIELD_WEIGHTS),
      storeFields: ['name'],
      tokenize: cjkTokenize,
      extractField: (document, field) => {
        const value = document[field as keyof CatalogEntry]
        return Array.isArray(value) ? value.join(' ') : String(value)
      },
      searchOptions: {
        boost: FIELD_WEIGHTS,
        prefix: true,
        fuzzy: (term) => (HAN.test(term) ? false : 0.2),
        combineWith: 'OR',
      },
    })
    engine.addAll(entries as CatalogEntry[])
    return (query) =>
      engine
        .search(query)
        .slice(0, TOP)
        .map((result) => result.name as string)
  },
}

const ENGINES = [ours, fuse, minisearch]

// ── Measures ────────────────────────────────────────────────────────────────────────────────────────────

interface DevQuery {
  query: string
  acceptable: string[]
}

function readQueries(path: string): DevQuery[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((line) => line.replace(/\r$/, ''))
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => {
      const [query, names = ''] = line.split('\t')
      return { query, acceptable: names.split('|').map((name) => name.trim()) }
    })
}

function elapsedMs(from: bigint): number {
  return Number(process.hrtime.bigint() - from) / 1e6
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[at]
}

const gc = (globalThis as { gc?: () => void }).gc

/** JS heap plus typed-array buffers (which live outside the heap). */
function memoryUsed(): number {
  gc?.()
  const { heapUsed, arrayBuffers } = process.memoryUsage()
  return heapUsed + arrayBuffers
}

/** Median build time over `times` builds, and the memory the last build keeps (with --expose-gc). */
function timeBuild(engine: Engine, entries: readonly CatalogEntry[], times: number) {
  const samples: number[] = []
  let search: Search = () => []
  let memoryBytes = NaN
  for (let i = 0; i < times; i++) {
    search = () => []
    const before = memoryUsed()
    const from = process.hrtime.bigint()
    search = engine.build(entries)
    samples.push(elapsedMs(from))
    if (gc) memoryBytes = memoryUsed() - before
  }
  samples.sort((a, b) => a - b)
  return { search, buildMs: quantile(samples, 0.5), memoryBytes }
}

/**
 * Per-query latency: warm up, then go through the queries in a fixed scattered order, repeatedly, until the
 * time budget is spent (at least MIN_SAMPLES, at most MAX_REPETITIONS passes), so a slow engine is sampled
 * on a representative part of the list instead of stretching the run.
 */
function timeQueries(search: Search, queries: string[]) {
  // Start without the garbage the index builds left behind: this measures searching, not their collection.
  gc?.()
  const order = scattered(queries.length)
  const warmUpStart = process.hrtime.bigint()
  for (let i = 0; i < 3 * queries.length && elapsedMs(warmUpStart) < WARM_UP_MS; i++) {
    search(queries[order[i % queries.length]])
  }
  const samples: number[] = []
  const started = process.hrtime.bigint()
  for (let i = 0; i < MAX_REPETITIONS * queries.length; i++) {
    const query = queries[order[i % queries.length]]
    const from = process.hrtime.bigint()
    search(query)
    samples.push(elapsedMs(from))
    if (samples.length >= MIN_SAMPLES && elapsedMs(started) > LATENCY_BUDGET_MS) break
  }
  samples.sort((a, b) => a - b)
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), samples: samples.length }
}

/** 0 … n-1 visited with a stride coprime to n: any prefix of the visit spreads over the whole list. */
function scattered(n: number): number[] {
  let stride = Math.max(1, Math.round(n * 0.618))
  const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))
  while (gcd(stride, n) !== 1) stride++
  return Array.from({ length: n }, (_, i) => (i * stride) % n)
}

function accuracy(search: Search, queries: DevQuery[]) {
  let top1 = 0
  let top3 = 0
  const misses: string[] = []
  for (const { query, acceptable } of queries) {
    const names = search(query)
    if (acceptable.includes(names[0])) top1++
    if (names.slice(0, 3).some((name) => acceptable.includes(name))) top3++
    else
      misses.push(
        `${query} → ${names.slice(0, 3).join(' | ') || '(nothing)'}  (want ${acceptable.join(' | ')})`,
      )
  }
  return { top1: top1 / queries.length, top3: top3 / queries.length, misses }
}

/** Every prefix of every query, as typed one character at a time. */
function typedPrefixes(queries: string[]): string[] {
  return queries.flatMap((query) => {
    const chars = [...query]
    return chars.map((_, i) => chars.slice(0, i + 1).join(''))
  })
}

// ── Run ─────────────────────────────────────────────────────────────────────────────────────────────────

const queriesPath = (() => {
  const at = process.argv.indexOf('--queries')
  return at > 0
    ? resolve(process.argv[at + 1])
    : resolve(__dirname, '../../shared/data/guide-dev-queries.tsv')
})()
const devQueries = readQueries(queriesPath)
const queryTexts = devQueries.map((entry) => entry.query)
const prefixes = typedPrefixes(queryTexts)
const seed = catalogIndex().entries
const stress = generateStressCatalog(STRESS_SIZE)

console.log(
  `guide search benchmark — load average ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores, ${devQueries.length} dev queries (${queriesPath}), seed catalog ${seed.length} entries, stress catalog ${stress.length} entries, node ${process.version}\n`,
)

const startedAt = process.hrtime.bigint()
const rows = ENGINES.map((engine) => {
  const small = timeBuild(engine, seed, 5)
  const quality = accuracy(small.search, devQueries)
  const smallLatency = timeQueries(small.search, queryTexts)
  const large = timeBuild(engine, stress, 1)
  const largeLatency = timeQueries(large.search, queryTexts)
  const typing = timeQueries(large.search, prefixes)
  console.error(`measured ${engine.name} (${(elapsedMs(startedAt) / 1000).toFixed(1)} s)`)
  return { engine, quality, small, smallLatency, large, largeLatency, typing }
})

const ms = (value: number) =>
  value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
const pct = (value: number) => `${(value * 100).toFixed(1)} %`

const megabytes = (bytes: number) => (Number.isNaN(bytes) ? '–' : `${(bytes / 1e6).toFixed(1)} MB`)
console.log(
  `| engine | top-1 | top-3 | build ${seed.length} | p50 / p95 ${seed.length} | build ${stress.length} | memory ${stress.length} | p50 / p95 ${stress.length} | p50 / p95 typing ${stress.length} |`,
)
console.log('|---|---|---|---|---|---|---|---|---|')
for (const row of rows) {
  console.log(
    `| ${row.engine.name} | ${pct(row.quality.top1)} | ${pct(row.quality.top3)} | ${ms(row.small.buildMs)} ms | ${ms(row.smallLatency.p50)} / ${ms(row.smallLatency.p95)} ms | ${ms(row.large.buildMs)} ms | ${megabytes(row.large.memoryBytes)} | ${ms(row.largeLatency.p50)} / ${ms(row.largeLatency.p95)} ms | ${ms(row.typing.p50)} / ${ms(row.typing.p95)} ms |`,
  )
}

const [mine, ...peers] = rows
console.log('')
for (const peer of peers) {
  const points = (value: number) => `${value >= 0 ? '+' : ''}${(value * 100).toFixed(1)} pts`
  const times = (ours: number, theirs: number) =>
    theirs >= ours ? `${(theirs / ours).toFixed(1)}× faster` : `${(ours / theirs).toFixed(1)}× slower`
  console.log(
    `- vs ${peer.engine.name}: top-1 ${points(mine.quality.top1 - peer.quality.top1)}, top-3 ${points(mine.quality.top3 - peer.quality.top3)}; p95 ${times(mine.largeLatency.p95, peer.largeLatency.p95)} on ${stress.length} entries (${times(mine.smallLatency.p95, peer.smallLatency.p95)} on ${seed.length}); index build ${times(mine.large.buildMs, peer.large.buildMs)} on ${stress.length}`,
  )
}
const sampleCounts = rows
  .map((row) => `${row.engine.name} ${row.largeLatency.samples} / ${row.typing.samples}`)
  .join(', ')
console.log(
  `\nLatency: wall time per search call (process.hrtime.bigint) after warm-up; samples on ${stress.length} entries (queries / typing): ${sampleCounts}. Typing = every prefix of every query, as typed. Memory: JS heap and typed arrays the built index keeps (--expose-gc). Total ${(elapsedMs(startedAt) / 1000).toFixed(1)} s.`,
)
if (mine.quality.misses.length > 0) {
  console.log(`\n${mine.engine.name} — not in the top 3:`)
  for (const miss of mine.quality.misses) console.log(`- ${miss}`)
}
