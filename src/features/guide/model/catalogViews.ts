/**
 * Views of the on-device catalog index for the pages that list services: hot 一件事, browsing by life event
 * or department, and search hits with the matched characters marked.
 */
import type { CatalogEntry } from '@contract/api/catalog'

/** Most requested first; ties by name so the order never flickers between renders. */
export function byPopularity(a: CatalogEntry, b: CatalogEntry): number {
  return b.hot - a.hot || a.name.localeCompare(b.name, 'zh-CN')
}

export function hotBundles(entries: readonly CatalogEntry[], limit: number): CatalogEntry[] {
  return entries
    .filter((entry) => entry.kind === 'bundle')
    .sort(byPopularity)
    .slice(0, limit)
}

export interface CatalogShelf {
  title: string
  entries: CatalogEntry[]
}

/** One shelf per department, the busiest departments first; bundles sit with their lead department. */
export function shelvesByDepartment(entries: readonly CatalogEntry[]): CatalogShelf[] {
  return shelves(entries, (entry) => [entry.department])
}

/**
 * One shelf per tag (life events and topics: 新生儿, 社保, 开公司…), the most requested topics first. A tag
 * that only a few services carry is a search hint, not a topic worth a shelf.
 */
export function shelvesByTopic(entries: readonly CatalogEntry[], minEntries = 3): CatalogShelf[] {
  return shelves(entries, (entry) => entry.tags).filter((shelf) => shelf.entries.length >= minEntries)
}

function shelves(
  entries: readonly CatalogEntry[],
  keysOf: (entry: CatalogEntry) => readonly string[],
): CatalogShelf[] {
  const byKey = new Map<string, CatalogEntry[]>()
  for (const entry of entries) {
    for (const key of new Set(keysOf(entry))) {
      const shelf = byKey.get(key)
      if (shelf) shelf.push(entry)
      else byKey.set(key, [entry])
    }
  }
  const demand = (list: CatalogEntry[]) => list.reduce((sum, entry) => sum + entry.hot, 0)
  return [...byKey]
    .map(([title, list]) => ({ title, entries: list.sort(byPopularity) }))
    .sort((a, b) => demand(b.entries) - demand(a.entries) || a.title.localeCompare(b.title, 'zh-CN'))
}

export interface TextSegment {
  text: string
  highlighted: boolean
}

/**
 * Splits `text` into plain and highlighted runs. `ranges` are [start, end) character offsets as the search
 * engine reports them; they may overlap, touch or run past the text.
 */
export function highlightSegments(
  text: string,
  ranges: ReadonlyArray<readonly [number, number]>,
): TextSegment[] {
  const marked = new Array<boolean>(text.length).fill(false)
  for (const [start, end] of ranges) {
    for (let i = Math.max(0, start); i < Math.min(text.length, end); i++) marked[i] = true
  }
  const segments: TextSegment[] = []
  for (let i = 0; i < text.length; i++) {
    const last = segments.at(-1)
    if (last && last.highlighted === marked[i]) last.text += text[i]
    else segments.push({ text: text[i] ?? '', highlighted: marked[i] ?? false })
  }
  return segments
}
