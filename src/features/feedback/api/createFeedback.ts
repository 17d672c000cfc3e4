import { useMutation, useQueryClient } from '@tanstack/react-query'
import { type FeedbackRequest, FeedbackTicketSchema } from '@contract/api/feedback'
import { apiRequest } from '@/shared/api/client'
import { feedbackKeys } from './keys'

/** POST /feedback → a ticket (工单) with its number; the key keeps a retried send from filing twice. */
export function createFeedback(params: { request: FeedbackRequest; idempotencyKey: string }) {
  return apiRequest({
    method: 'POST',
    path: '/feedback',
    body: params.request,
    schema: FeedbackTicketSchema,
    auth: 'required',
    idempotencyKey: params.idempotencyKey,
  })
}

export function useCreateFeedback() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: createFeedback,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: feedbackKeys.tickets() }),
  })
}
