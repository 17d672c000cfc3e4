/** Query-key factory: every guide query key is built here, so invalidation cannot miss one. */
export const guideKeys = {
  all: ['guide'] as const,
  catalogIndex: () => [...guideKeys.all, 'catalog-index'] as const,
  search: (query: string) => [...guideKeys.all, 'search', query] as const,
  item: (itemId: string) => [...guideKeys.all, 'item', itemId] as const,
  bundle: (bundleId: string) => [...guideKeys.all, 'bundle', bundleId] as const,
}
