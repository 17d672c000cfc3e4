import { useMutation, useQueryClient } from '@tanstack/react-query'
import { AuthTokensSchema } from '@contract/api'
import { apiRequest } from '@/shared/api/client'
import { startSession } from '@/shared/api/session'
import { getWechatLoginCode } from '@/shared/platform/login'
import { identityKeys } from './keys'

export async function loginByWechat() {
  const code = await getWechatLoginCode()
  const tokens = await apiRequest({
    method: 'POST',
    path: '/auth/wechat',
    body: { code },
    schema: AuthTokensSchema,
    auth: 'none',
  })
  startSession(tokens)
  return tokens.user
}

export function useLoginByWechat() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: loginByWechat,
    onSuccess: (user) => queryClient.setQueryData(identityKeys.me(), user),
  })
}
