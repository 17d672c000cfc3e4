// TEMPORARY: stands in for model/search (the search engineer's) until it lands; delete then.
import type { CatalogEntry, TargetKind } from '@contract/api/catalog'

export interface SearchHit {
  id: string
  kind: TargetKind
  name: string
  department: string
  score: number
  highlights: Array<[number, number]>
}
export interface SearchIndex {
  entries: CatalogEntry[]
}
export function createSearchIndex(entries: CatalogEntry[]): SearchIndex {
  return { entries }
}
export function searchCatalog(index: SearchIndex, query: string, options: { limit: number }): SearchHit[] {
  const q = query.trim()
  if (!q) return []
  return index.entries
    .filter((e) => [e.name, ...e.aliases].some((text) => text.includes(q) || q.includes(text)))
    .sort((a, b) => b.hot - a.hot)
    .slice(0, options.limit)
    .map((e) => {
      const at = e.name.indexOf(q)
      return {
        id: e.id,
        kind: e.kind,
        name: e.name,
        department: e.department,
        score: 1,
        highlights: at >= 0 ? [[at, at + q.length] as [number, number]] : [],
      }
    })
}
