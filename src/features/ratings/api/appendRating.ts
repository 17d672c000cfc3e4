import { useMutation, useQueryClient } from '@tanstack/react-query'
import { RatingSchema } from '@contract/api/ratings'
import { apiRequest } from '@/shared/api/client'
import { ratingKeys } from './keys'

/** The one 追评 on a rating. */
export function appendRating(params: { ratingId: string; comment: string; idempotencyKey: string }) {
  return apiRequest({
    method: 'POST',
    path: `/ratings/${encodeURIComponent(params.ratingId)}/append`,
    body: { comment: params.comment },
    schema: RatingSchema,
    auth: 'required',
    idempotencyKey: params.idempotencyKey,
  })
}

export function useAppendRating() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: appendRating,
    onSuccess: (rating) => {
      queryClient.setQueryData(ratingKeys.detail(rating.ratingId), rating)
      void queryClient.invalidateQueries({ queryKey: ratingKeys.mine() })
    },
  })
}
