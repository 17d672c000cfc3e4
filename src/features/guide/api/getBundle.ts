import { queryOptions, useQuery } from '@tanstack/react-query'
import { BundleSchema } from '@contract/api/catalog'
import { apiRequest } from '@/shared/api/client'
import { guideKeys } from './keys'

/** A 一件事 with its member items and situation questions: enough to evaluate on the device. */
export function getBundle(bundleId: string) {
  return apiRequest({
    method: 'GET',
    path: `/bundles/${encodeURIComponent(bundleId)}`,
    schema: BundleSchema,
    auth: 'none',
  })
}

export const bundleQueryOptions = (bundleId: string) =>
  queryOptions({
    queryKey: guideKeys.bundle(bundleId),
    queryFn: () => getBundle(bundleId),
    staleTime: 10 * 60 * 1000,
  })

export function useBundle(bundleId: string | undefined) {
  return useQuery({ ...bundleQueryOptions(bundleId ?? ''), enabled: Boolean(bundleId) })
}
