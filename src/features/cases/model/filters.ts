import type { CaseStatus } from '@contract/api/cases'

/** The chips above 我的办件, each a set of statuses the platform filters on (`?status=`). */
export interface CaseFilter {
  id: string
  label: string
  statuses: readonly CaseStatus[] | null
}

export const CASE_FILTERS: readonly CaseFilter[] = [
  { id: 'all', label: '全部', statuses: null },
  {
    id: 'active',
    label: '办理中',
    statuses: ['submitted', 'accepted', 'processing', 'special_procedure'],
  },
  { id: 'supplement', label: '待补正', statuses: ['supplement_required'] },
  { id: 'done', label: '已办结', statuses: ['completed', 'delivered'] },
  { id: 'rejected', label: '不予受理', statuses: ['rejected'] },
]

export function filterById(id: string | undefined): CaseFilter {
  return CASE_FILTERS.find((f) => f.id === id) ?? CASE_FILTERS[0]
}

/** Pages of a keyset list, flattened; a case that moved while pages were loading is kept once, where it first appears. */
export function mergePages<T extends { caseId: string }>(pages: ReadonlyArray<{ items: readonly T[] }>): T[] {
  const seen = new Set<string>()
  const merged: T[] = []
  for (const page of pages) {
    for (const item of page.items) {
      if (seen.has(item.caseId)) continue
      seen.add(item.caseId)
      merged.push(item)
    }
  }
  return merged
}
