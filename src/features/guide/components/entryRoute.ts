import type { TargetKind } from '@contract/api/catalog'
import { ROUTES, withQuery } from '@/shared/routes'

/** A 一件事 opens its questions and checklist; an item opens its 办事指南. */
export function entryRoute(entry: { id: string; kind: TargetKind }): string {
  return withQuery(entry.kind === 'bundle' ? ROUTES.guideBundle : ROUTES.guideItem, { id: entry.id })
}

export const KIND_LABELS: Record<TargetKind, string> = { bundle: '一件事', item: '事项' }
