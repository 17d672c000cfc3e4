import type { RatingChannel } from '@contract/api/ratings'

/** Query-key factory: every rating query key is built here, so invalidation cannot miss one. */
export const ratingKeys = {
  all: ['ratings'] as const,
  options: (channel: RatingChannel) => [...ratingKeys.all, 'options', channel] as const,
  pending: () => [...ratingKeys.all, 'pending'] as const,
  mine: () => [...ratingKeys.all, 'mine'] as const,
  detail: (ratingId: string) => [...ratingKeys.all, 'detail', ratingId] as const,
}
