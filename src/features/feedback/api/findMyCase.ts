import { CaseSummarySchema } from '@contract/api/cases'
import { MAX_PAGE_LIMIT, pageSchema } from '@contract/api/common'
import { apiRequest } from '@/shared/api/client'

const CaseListSchema = pageSchema(CaseSummarySchema)

/** 我的办件 is newest first and a ticket is about a recent case: a few pages of 50 find it or nothing will. */
const MAX_PAGES = 4

/**
 * The id of one of my cases by its number, to open its page from a ticket: the platform names a ticket's
 * case by number only (`FeedbackTicket.caseNo`), and routes carry ids. Null when it is not among mine.
 */
export async function findMyCaseId(caseNo: string): Promise<string | null> {
  let cursor: string | undefined
  for (let page = 0; page < MAX_PAGES; page++) {
    const list = await apiRequest({
      method: 'GET',
      path: '/cases',
      query: { cursor, limit: MAX_PAGE_LIMIT },
      schema: CaseListSchema,
      auth: 'required',
    })
    const found = list.items.find((item) => item.caseNo === caseNo)
    if (found) return found.caseId
    if (!list.nextCursor) return null
    cursor = list.nextCursor
  }
  return null
}
