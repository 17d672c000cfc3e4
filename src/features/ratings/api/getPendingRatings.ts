import { queryOptions, useQuery } from '@tanstack/react-query'
import { MAX_PAGE_LIMIT, pageSchema } from '@contract/api/common'
import { PendingRatingSchema } from '@contract/api/ratings'
import { apiRequest } from '@/shared/api/client'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ratingKeys } from './keys'

const PendingListSchema = pageSchema(PendingRatingSchema)

/**
 * What I may still rate. Only what finished in the last 5 working days is in it, so one full page holds it
 * all in practice; the rest waits for the next visit.
 */
export function getPendingRatings() {
  return apiRequest({
    method: 'GET',
    path: '/ratings/pending',
    query: { limit: MAX_PAGE_LIMIT },
    schema: PendingListSchema,
    auth: 'required',
  })
}

export const pendingRatingsQueryOptions = () =>
  queryOptions({ queryKey: ratingKeys.pending(), queryFn: getPendingRatings })

export function usePendingRatings() {
  const signedIn = useSession(isSignedIn)
  return useQuery({ ...pendingRatingsQueryOptions(), enabled: signedIn })
}
