import { ApplicationSchema, type ApplicationRequest } from '@contract/api/applications'
import { apiRequest } from '@/shared/api/client'

/** A slow county connection and six cases to file: give the platform time before calling it a timeout. */
const SUBMIT_TIMEOUT_MS = 30_000

/**
 * POST /applications with the draft's Idempotency-Key: a retry after a timeout, a double tap or a resubmission
 * after a crash sends the same key, and the platform answers with the first result instead of filing again.
 */
export function submitApplication(request: ApplicationRequest, idempotencyKey: string) {
  return apiRequest({
    method: 'POST',
    path: '/applications',
    body: request,
    schema: ApplicationSchema,
    auth: 'required',
    idempotencyKey,
    timeoutMs: SUBMIT_TIMEOUT_MS,
  })
}
