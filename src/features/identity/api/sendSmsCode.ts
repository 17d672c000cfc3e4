import { useMutation } from '@tanstack/react-query'
import { SmsSendResponseSchema, type SmsSendRequest } from '@contract/api'
import { apiRequest } from '@/shared/api/client'

export function sendSmsCode(request: SmsSendRequest) {
  return apiRequest({
    method: 'POST',
    path: '/auth/sms/send',
    body: request,
    schema: SmsSendResponseSchema,
    auth: 'none',
  })
}

export function useSendSmsCode() {
  return useMutation({ mutationFn: sendSmsCode })
}
