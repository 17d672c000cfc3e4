import { infiniteQueryOptions, useInfiniteQuery } from '@tanstack/react-query'
import { pageSchema } from '@contract/api/common'
import { FeedbackTicketSchema } from '@contract/api/feedback'
import { apiRequest } from '@/shared/api/client'
import { isSignedIn, useSession } from '@/shared/api/session'
import { feedbackKeys } from './keys'

const TicketListSchema = pageSchema(FeedbackTicketSchema)

export function listFeedback(cursor: string | undefined) {
  return apiRequest({
    method: 'GET',
    path: '/feedback',
    query: { cursor, limit: 20 },
    schema: TicketListSchema,
    auth: 'required',
  })
}

export const ticketsQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: feedbackKeys.tickets(),
    queryFn: ({ pageParam }) => listFeedback(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  })

/** 我的反映, newest first; disabled for guests. */
export function useTickets() {
  const signedIn = useSession(isSignedIn)
  return useInfiniteQuery({ ...ticketsQueryOptions(), enabled: signedIn })
}
