import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { pageSchema } from '@contract/api/common'
import { RatingSchema } from '@contract/api/ratings'
import { apiRequest } from '@/shared/api/client'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ratingKeys } from './keys'

const RatingListSchema = pageSchema(RatingSchema)

export function listMyRatings(cursor: string | undefined) {
  return apiRequest({
    method: 'GET',
    path: '/ratings',
    query: { cursor, limit: 20 },
    schema: RatingListSchema,
    auth: 'required',
  })
}

export const myRatingsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ratingKeys.mine(),
    queryFn: ({ pageParam }) => listMyRatings(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

/** My ratings, newest first, including those the platform recorded by default. */
export function useMyRatings() {
  const signedIn = useSession(isSignedIn)
  return useInfiniteQuery({ ...myRatingsQueryOptions(), enabled: signedIn })
}
