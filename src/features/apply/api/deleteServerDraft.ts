import * as v from 'valibot'
import { apiRequest } from '@/shared/api/client'

/** DELETE /drafts/{targetId}: the citizen started over. (A filed application's draft is dropped by the platform.) */
export async function deleteServerDraft(targetId: string): Promise<void> {
  await apiRequest({
    method: 'DELETE',
    path: `/drafts/${encodeURIComponent(targetId)}`,
    schema: v.null(),
    auth: 'required',
  })
}
