import { createHash } from 'node:crypto'

import type { Bundle, CatalogEntry, CatalogIndex, ItemGuide } from '../../../types/api/catalog'
import { defineBundle } from './bundle'
import { buildTable } from './builder'
import { BUSINESS_BUNDLES } from './bundles/business'
import { LIFE_BUNDLES } from './bundles/life'
import { BUSINESS_ITEMS } from './items/business'
import { LIFE_ITEMS } from './items/life'
import { NAMED_ITEMS } from './items/named'
import { DEPARTMENT_TABLES } from './tables'

/**
 * The simulator's service catalog (事项目录) and 一件事 bundles. Static seed data: it is not part of the
 * mutable simulator state, so every instance serves the same catalog and the index version only changes
 * when this data does.
 */

/** Handwritten guides first (the named items and every bundle member), then the tables' long tail. */
const SEED_ITEMS = [
  ...NAMED_ITEMS,
  ...BUSINESS_ITEMS,
  ...LIFE_ITEMS,
  ...DEPARTMENT_TABLES.flatMap(buildTable),
]

export const ITEMS: ItemGuide[] = SEED_ITEMS.map((seed) => seed.guide)

const itemsById = new Map(ITEMS.map((item) => [item.id, item]))

const SEED_BUNDLES = [...LIFE_BUNDLES, ...BUSINESS_BUNDLES].map((spec) => defineBundle(spec, itemsById))

export const BUNDLES: Bundle[] = SEED_BUNDLES.map((seed) => seed.bundle)

const bundlesById = new Map(BUNDLES.map((bundle) => [bundle.id, bundle]))

export function findItem(id: string): ItemGuide | undefined {
  return itemsById.get(id)
}

export function findBundle(id: string): Bundle | undefined {
  return bundlesById.get(id)
}

function entryOf(target: ItemGuide | Bundle, tags: string[]): CatalogEntry {
  return {
    id: target.id,
    kind: target.kind,
    name: target.name,
    aliases: target.aliases,
    department: target.department,
    tags,
    hot: target.hot,
  }
}

/** Bundles first: for a life event the 一件事 is usually the better answer, and equal scores keep order. */
const ENTRIES: CatalogEntry[] = [
  ...SEED_BUNDLES.map((seed) => entryOf(seed.bundle, seed.tags)),
  ...SEED_ITEMS.map((seed) => entryOf(seed.guide, seed.tags)),
]

/** A content hash: the version (and ETag) changes exactly when what the device would download changes. */
const VERSION = createHash('sha256').update(JSON.stringify(ENTRIES)).digest('base64url').slice(0, 16)

export function catalogIndex(): CatalogIndex {
  return { version: VERSION, entries: ENTRIES }
}
