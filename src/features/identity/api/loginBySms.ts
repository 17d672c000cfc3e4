import { useMutation, useQueryClient } from '@tanstack/react-query'
import { AuthTokensSchema, type SmsLoginRequest } from '@contract/api'
import { apiRequest } from '@/shared/api/client'
import { startSession } from '@/shared/api/session'
import { identityKeys } from './keys'

export async function loginBySms(request: SmsLoginRequest) {
  const tokens = await apiRequest({
    method: 'POST',
    path: '/auth/sms/login',
    body: request,
    schema: AuthTokensSchema,
    auth: 'none',
  })
  startSession(tokens)
  return tokens.user
}

export function useLoginBySms() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: loginBySms,
    onSuccess: (user) => queryClient.setQueryData(identityKeys.me(), user),
  })
}
