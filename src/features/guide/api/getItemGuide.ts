import { queryOptions, useQueries, useQuery } from '@tanstack/react-query'
import { ItemGuideSchema } from '@contract/api/catalog'
import { apiRequest } from '@/shared/api/client'
import { guideKeys } from './keys'

/** The full 办事指南 of one item. */
export function getItemGuide(itemId: string) {
  return apiRequest({
    method: 'GET',
    path: `/items/${encodeURIComponent(itemId)}`,
    schema: ItemGuideSchema,
    auth: 'none',
  })
}

export const itemGuideQueryOptions = (itemId: string) =>
  queryOptions({
    queryKey: guideKeys.item(itemId),
    queryFn: () => getItemGuide(itemId),
    staleTime: 10 * 60 * 1000,
  })

export function useItemGuide(itemId: string | undefined) {
  return useQuery({ ...itemGuideQueryOptions(itemId ?? ''), enabled: Boolean(itemId) })
}

/** Several guides at once (the items a checklist applies), each cached on its own like a single one. */
export function useItemGuides(itemIds: string[]) {
  return useQueries({ queries: itemIds.map((itemId) => itemGuideQueryOptions(itemId)) })
}
