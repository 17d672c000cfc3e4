import {
  type CatalogEntry,
  type CatalogSearchHit,
  CatalogSearchQuerySchema,
  type CatalogSearchResponse,
  GuideEvaluateRequestSchema,
} from '../../types/api/catalog'
import {
  evaluateSituation,
  type GuideTarget,
  targetFromBundle,
  targetFromItem,
} from '../../types/rules/situations'
import type { Feature } from '../framework/context'
import { ApiError, badRequest, validationFailed } from '../framework/errors'
import { type ApiResponse, json, type SimRequest } from '../framework/http'
import { parseBody, parseQuery } from '../framework/validate'
import { catalogIndex, findBundle, findItem } from '../seed/catalog'

/**
 * Catalog and guidance (智能引导), public: the index the app searches on the device (ETag-cached), a simple
 * server-side search as the fallback, the 办事指南 of items and bundles, and POST /guide/evaluate, which runs
 * the same evaluator (types/rules/situations.ts) the app runs offline.
 */

const DEFAULT_SEARCH_LIMIT = 10

// ── GET /catalog/index ───────────────────────────────────────────────────────────────────────────────────

/** RFC 9110 If-None-Match: a list of entity tags or `*`, compared weakly (a W/ prefix does not matter). */
function matchesEtag(ifNoneMatch: string | string[] | undefined, etag: string): boolean {
  if (ifNoneMatch === undefined) return false
  const header = Array.isArray(ifNoneMatch) ? ifNoneMatch.join(',') : ifNoneMatch
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === etag)
}

function getCatalogIndex(req: SimRequest): ApiResponse {
  const index = catalogIndex()
  // no-cache: the device may keep the index but asks every time; an unchanged catalog costs a 304.
  const headers = { ETag: `"${index.version}"`, 'Cache-Control': 'no-cache' }
  if (matchesEtag(req.headers['if-none-match'], headers.ETag)) return { status: 304, headers }
  return json(200, index, headers)
}

// ── GET /catalog/search ──────────────────────────────────────────────────────────────────────────────────

/** Lower case, no spaces or punctuation: "驾照 到期？" and "驾照到期" are the same query. */
function normalise(text: string): string {
  return text.toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '')
}

function bigrams(text: string): string[] {
  const chars = [...text]
  return chars.slice(1).map((char, i) => chars[i] + char)
}

interface SearchableEntry {
  entry: CatalogEntry
  /** Normalised texts with their weight: the name counts most, then 俗称, tags, department. */
  fields: { text: string; weight: number }[]
  /** Everything searchable in one string, for character and bigram overlap. */
  all: string
}

let searchable: { version: string; entries: SearchableEntry[] } | undefined

function searchableEntries(): SearchableEntry[] {
  const index = catalogIndex()
  if (searchable?.version !== index.version) {
    searchable = {
      version: index.version,
      entries: index.entries.map((entry) => {
        const fields = [
          { text: normalise(entry.name), weight: 1 },
          ...entry.aliases.map((alias) => ({ text: normalise(alias), weight: 0.9 })),
          ...entry.tags.map((tag) => ({ text: normalise(tag), weight: 0.6 })),
          { text: normalise(entry.department), weight: 0.4 },
        ]
        return { entry, fields, all: fields.map((f) => f.text).join(' ') }
      }),
    }
  }
  return searchable.entries
}

/**
 * The platform's own plain ranker — the fallback when the device has no index, not the device engine: an
 * exact or substring match on a name, 俗称 or tag scores highest; otherwise the share of the query's
 * two-character pieces (and characters) found anywhere in the entry. 0 = no match.
 */
function scoreEntry(target: SearchableEntry, query: string): number {
  let best = 0
  for (const { text, weight } of target.fields) {
    if (text.length === 0) continue
    let score = 0
    if (text === query) score = 100
    else if (text.includes(query)) score = 70 + 30 * (query.length / text.length)
    else if (query.includes(text) && text.length >= 2) score = 50 + 30 * (text.length / query.length)
    best = Math.max(best, score * weight)
  }
  const pairs = bigrams(query)
  if (pairs.length > 0) {
    const share = pairs.filter((pair) => target.all.includes(pair)).length / pairs.length
    if (share >= 0.5) best = Math.max(best, 50 * share)
  }
  const chars = [...new Set(query)]
  const charShare = chars.filter((char) => target.all.includes(char)).length / chars.length
  if (charShare >= 0.75) best = Math.max(best, 30 * charShare)
  return best
}

function searchCatalog(req: SimRequest): ApiResponse {
  const { q, limit } = parseQuery(req, CatalogSearchQuerySchema)
  const query = normalise(q)
  const results: CatalogSearchHit[] = searchableEntries()
    .map((target) => ({ target, score: query ? scoreEntry(target, query) : 0 }))
    .filter((hit) => hit.score > 0)
    .sort((a, b) => b.score - a.score || b.target.entry.hot - a.target.entry.hot)
    .slice(0, limit ?? DEFAULT_SEARCH_LIMIT)
    .map(({ target: { entry }, score }) => ({
      id: entry.id,
      kind: entry.kind,
      name: entry.name,
      department: entry.department,
      score: Math.round(score * 100) / 100,
    }))
  const body: CatalogSearchResponse = { query: q, results }
  return json(200, body)
}

// ── Guides and evaluation ────────────────────────────────────────────────────────────────────────────────

function findTarget(id: string): GuideTarget | undefined {
  const item = findItem(id)
  if (item) return targetFromItem(item)
  const bundle = findBundle(id)
  return bundle ? targetFromBundle(bundle) : undefined
}

const notFound = (message: string) => new ApiError(404, 'NOT_FOUND', message)

export const catalogFeature: Feature = {
  name: 'catalog',
  register(router) {
    router.get('/catalog/index', getCatalogIndex)
    router.get('/catalog/search', searchCatalog)

    router.get('/items/:itemId', (req) => {
      const item = findItem(req.params.itemId)
      if (!item) throw notFound('没有找到这个事项，它可能已调整，请重新搜索')
      return json(200, item)
    })

    router.get('/bundles/:bundleId', (req) => {
      const bundle = findBundle(req.params.bundleId)
      if (!bundle) throw notFound('没有找到这个“一件事”，它可能已调整，请重新搜索')
      return json(200, bundle)
    })

    router.post('/guide/evaluate', (req) => {
      // valibot's record takes an array as an object with keys "0", "1"…; for the contract it is a wrong type.
      if (Array.isArray((req.body as { answers?: unknown } | undefined)?.answers)) throw badRequest()
      const { targetId, answers } = parseBody(req, GuideEvaluateRequestSchema)
      const target = findTarget(targetId)
      if (!target) throw notFound('没有找到要办的事项，请重新搜索')
      const evaluation = evaluateSituation(target, answers)
      if (!evaluation.ok) throw validationFailed(evaluation.errors, '请按提示检查你的回答')
      return json(200, evaluation.result)
    })
  },
}
