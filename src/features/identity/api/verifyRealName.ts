import { useMutation, useQueryClient } from '@tanstack/react-query'
import { MeSchema, type RealNameRequest } from '@contract/api'
import { apiRequest } from '@/shared/api/client'
import { updateUser } from '@/shared/api/session'
import { identityKeys } from './keys'

export async function verifyRealName(request: RealNameRequest) {
  const me = await apiRequest({
    method: 'POST',
    path: '/me/realname',
    body: request,
    schema: MeSchema,
    auth: 'required',
  })
  updateUser(me)
  return me
}

export function useVerifyRealName() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: verifyRealName,
    onSuccess: (me) => queryClient.setQueryData(identityKeys.me(), me),
  })
}
