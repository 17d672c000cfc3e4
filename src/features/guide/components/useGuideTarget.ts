import { useMemo } from 'react'
import { targetFromBundle, targetFromItem } from '@contract/rules/situations'
import { useBundle } from '../api/getBundle'
import { useItemGuide } from '../api/getItemGuide'

/** Catalog ids say what they are: bundles `b-…`, items `i-…`. */
export const isBundleId = (id: string): boolean => id.startsWith('b-')

/**
 * What the question flow runs on, for a 一件事 or a single item with situations: the guide as published (for
 * the intro) and the evaluator's view of it.
 */
export function useGuideTarget(targetId: string | undefined) {
  const asBundle = targetId !== undefined && isBundleId(targetId)
  const bundle = useBundle(asBundle ? targetId : undefined)
  const item = useItemGuide(asBundle ? undefined : targetId)
  const query = asBundle ? bundle : item
  const target = useMemo(() => {
    if (asBundle) return bundle.data ? targetFromBundle(bundle.data) : undefined
    return item.data ? targetFromItem(item.data) : undefined
  }, [asBundle, bundle.data, item.data])
  return {
    target,
    summary: asBundle ? bundle.data?.summary : item.data?.summary,
    isPending: query.isPending,
    error: query.error,
    refetch: () => void query.refetch(),
  }
}
