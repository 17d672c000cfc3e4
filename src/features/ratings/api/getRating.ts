import { queryOptions, useQuery } from '@tanstack/react-query'
import { RatingSchema } from '@contract/api/ratings'
import { apiRequest } from '@/shared/api/client'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ratingKeys } from './keys'

export function getRating(ratingId: string) {
  return apiRequest({
    method: 'GET',
    path: `/ratings/${encodeURIComponent(ratingId)}`,
    schema: RatingSchema,
    auth: 'required',
  })
}

export const ratingQueryOptions = (ratingId: string) =>
  queryOptions({ queryKey: ratingKeys.detail(ratingId), queryFn: () => getRating(ratingId) })

/** A rating with its follow-up; disabled for guests and without an id. */
export function useRating(ratingId: string | undefined) {
  const signedIn = useSession(isSignedIn)
  return useQuery({ ...ratingQueryOptions(ratingId ?? ''), enabled: signedIn && Boolean(ratingId) })
}
