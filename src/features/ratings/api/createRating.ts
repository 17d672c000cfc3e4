import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type RatingRequest, RatingSchema } from '@contract/api/ratings'
import { apiRequest } from '@/shared/api/client'
import { ratingKeys } from './keys'

/** POST /ratings; the key makes a retry after a timeout return the first rating instead of a 409. */
export function createRating(params: { request: RatingRequest; idempotencyKey: string }) {
  return apiRequest({
    method: 'POST',
    path: '/ratings',
    body: params.request,
    schema: RatingSchema,
    auth: 'required',
    idempotencyKey: params.idempotencyKey,
  })
}

export function useCreateRating() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createRating,
    onSuccess: (rating) => {
      queryClient.setQueryData(ratingKeys.detail(rating.ratingId), rating)
      void queryClient.invalidateQueries({ queryKey: ratingKeys.pending() })
      void queryClient.invalidateQueries({ queryKey: ratingKeys.mine() })
    },
  })
}
