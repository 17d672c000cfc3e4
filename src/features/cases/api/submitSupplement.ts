import { useMutation, useQueryClient } from '@tanstack/react-query'
import { CaseDetailSchema, type SupplementRequest } from '@contract/api/cases'
import { apiRequest } from '@/shared/api/client'
import { caseKeys } from './keys'

/** Hands in what 补正 asked for; the same key on a retry cannot hand it in twice. */
export function submitSupplement(params: {
  caseId: string
  request: SupplementRequest
  idempotencyKey: string
}) {
  return apiRequest({
    method: 'POST',
    path: `/cases/${encodeURIComponent(params.caseId)}/supplements`,
    body: params.request,
    schema: CaseDetailSchema,
    auth: 'required',
    idempotencyKey: params.idempotencyKey,
  })
}

export function useSubmitSupplement() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: submitSupplement,
    onSuccess: (detail) => {
      queryClient.setQueryData(caseKeys.detail(detail.caseId), detail)
      void queryClient.invalidateQueries({ queryKey: caseKeys.lists() })
    },
  })
}
