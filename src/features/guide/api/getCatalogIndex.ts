import { queryOptions, useQuery } from '@tanstack/react-query'
import * as v from 'valibot'
import { CatalogIndexSchema, type CatalogIndex } from '@contract/api/catalog'
import { apiRequestIfChanged } from '@/shared/api/client'
import { ApiError } from '@/shared/api/errors'
import { readJson, writeJson } from '@/shared/platform/storage'
import { guideKeys } from './keys'

/**
 * The whole catalog for on-device search, kept on the device with its version (the platform's ETag): the
 * next start revalidates with If-None-Match and usually gets a 304, and without a network the kept copy
 * still answers. It lists public services only, nothing personal.
 */
const STORAGE_KEY = 'ttb.catalog-index.v1'

const isCatalogIndex = (value: unknown): value is CatalogIndex => v.is(CatalogIndexSchema, value)

export function readStoredCatalogIndex(): CatalogIndex | undefined {
  return readJson(STORAGE_KEY, isCatalogIndex)
}

export async function getCatalogIndex(): Promise<CatalogIndex> {
  const stored = readStoredCatalogIndex()
  try {
    const fresh = await apiRequestIfChanged(
      { method: 'GET', path: '/catalog/index', schema: CatalogIndexSchema, auth: 'none', timeoutMs: 30_000 },
      stored?.version,
    )
    // A 304 (null) answers only the ETag of the stored copy, so there is one.
    if (fresh === null) return stored as CatalogIndex
    writeJson(STORAGE_KEY, fresh)
    return fresh
  } catch (error) {
    // Offline or the platform is down: yesterday's catalog is far better than none.
    if (stored && error instanceof ApiError && error.retryable) return stored
    throw error
  }
}

export const catalogIndexQueryOptions = () =>
  queryOptions({
    queryKey: guideKeys.catalogIndex(),
    queryFn: getCatalogIndex,
    // The kept copy shows at once; it is revalidated in the background on first use in each session.
    initialData: readStoredCatalogIndex,
    initialDataUpdatedAt: 0,
    staleTime: 60 * 60 * 1000,
    gcTime: Infinity,
  })

export function useCatalogIndex() {
  return useQuery(catalogIndexQueryOptions())
}
