import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query'
import { CatalogSearchResponseSchema } from '@contract/api/catalog'
import { apiRequest } from '@/shared/api/client'
import { guideKeys } from './keys'

/** The platform's own search: used while the device has no catalog index yet (first start, slow network). */
export function searchCatalogOnServer(query: string, limit: number) {
  return apiRequest({
    method: 'GET',
    path: '/catalog/search',
    query: { q: query, limit },
    schema: CatalogSearchResponseSchema,
    auth: 'none',
  })
}

export const serverSearchQueryOptions = (query: string, limit: number) =>
  queryOptions({
    queryKey: guideKeys.search(query),
    queryFn: () => searchCatalogOnServer(query, limit),
    staleTime: 5 * 60 * 1000,
  })

export function useServerSearch(query: string, limit: number, enabled: boolean) {
  return useQuery({
    ...serverSearchQueryOptions(query, limit),
    enabled: enabled && query.length > 0,
    // Keep the last results on screen while the next keystroke's answer is on its way.
    placeholderData: keepPreviousData,
  })
}
