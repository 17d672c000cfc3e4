import * as v from 'valibot'
import { type Draft, DraftConflictDetailsSchema, DraftSchema } from '@contract/api/drafts'
import { apiRequest } from '@/shared/api/client'
import { ApiError } from '@/shared/api/errors'

export type ServerSave = { kind: 'saved' } | { kind: 'newer-elsewhere'; updatedAt: string }

/**
 * PUT /drafts/{targetId}. A 409 means the platform holds a copy changed later on another device: the caller
 * offers it to the citizen instead of overwriting it.
 */
export async function saveServerDraft(draft: Draft): Promise<ServerSave> {
  try {
    await apiRequest({
      method: 'PUT',
      path: `/drafts/${encodeURIComponent(draft.targetId)}`,
      body: draft,
      schema: DraftSchema,
      auth: 'required',
    })
    return { kind: 'saved' }
  } catch (error) {
    if (
      error instanceof ApiError &&
      error.status === 409 &&
      v.is(DraftConflictDetailsSchema, error.details)
    ) {
      return { kind: 'newer-elsewhere', updatedAt: error.details.updatedAt }
    }
    throw error
  }
}
