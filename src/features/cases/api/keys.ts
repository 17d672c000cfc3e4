/** Query-key factory: every case query key is built here, so invalidation cannot miss one. */
export const caseKeys = {
  all: ['cases'] as const,
  lists: () => [...caseKeys.all, 'list'] as const,
  list: (filterId: string) => [...caseKeys.lists(), filterId] as const,
  detail: (caseId: string) => [...caseKeys.all, 'detail', caseId] as const,
}
