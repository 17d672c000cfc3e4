import { queryOptions, useQuery } from '@tanstack/react-query'
import { type RatingChannel, RatingOptionsSchema } from '@contract/api/ratings'
import { apiRequest } from '@/shared/api/client'
import { ratingKeys } from './keys'

export function getRatingOptions(channel: RatingChannel) {
  return apiRequest({
    method: 'GET',
    path: '/ratings/options',
    query: { channel },
    schema: RatingOptionsSchema,
    auth: 'none',
  })
}

/** Levels, indicators and reasons change with policy, not by the hour. */
export const ratingOptionsQueryOptions = (channel: RatingChannel) =>
  queryOptions({
    queryKey: ratingKeys.options(channel),
    queryFn: () => getRatingOptions(channel),
    staleTime: 60 * 60 * 1000,
  })

export function useRatingOptions(channel: RatingChannel) {
  return useQuery(ratingOptionsQueryOptions(channel))
}
