import { DraftSchema } from '@contract/api/drafts'
import { apiRequest } from '@/shared/api/client'
import { ApiError } from '@/shared/api/errors'

/** The platform's copy of the draft, or null when it has none. */
export async function getServerDraft(targetId: string) {
  try {
    return await apiRequest({
      method: 'GET',
      path: `/drafts/${encodeURIComponent(targetId)}`,
      schema: DraftSchema,
      auth: 'required',
    })
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) return null
    throw error
  }
}
