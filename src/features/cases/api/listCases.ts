import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { type CaseStatus, CaseSummarySchema } from '@contract/api/cases'
import { pageSchema } from '@contract/api/common'
import { apiRequest } from '@/shared/api/client'
import { isSignedIn, useSession } from '@/shared/api/session'
import type { CaseFilter } from '../model/filters'
import { caseKeys } from './keys'

const CaseListSchema = pageSchema(CaseSummarySchema)

/** A page the size of a phone screen or two: the list loads the next one as the citizen scrolls. */
const CASE_PAGE_SIZE = 20

export function listCases(params: { statuses: readonly CaseStatus[] | null; cursor?: string }) {
  return apiRequest({
    method: 'GET',
    path: '/cases',
    query: { status: params.statuses?.join(','), cursor: params.cursor, limit: CASE_PAGE_SIZE },
    schema: CaseListSchema,
    auth: 'required',
  })
}

export const caseListQueryOptions = (filter: CaseFilter) =>
  infiniteQueryOptions({
    queryKey: caseKeys.list(filter.id),
    queryFn: ({ pageParam }) => listCases({ statuses: filter.statuses, cursor: pageParam }),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

/** 我的办件 for one filter chip, page by page; disabled for guests. */
export function useCaseList(filter: CaseFilter) {
  const signedIn = useSession(isSignedIn)
  return useInfiniteQuery({ ...caseListQueryOptions(filter), enabled: signedIn })
}
