import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { AuthTokens, Me } from '@contract/api'
import { startSession } from '@/shared/api/session'
import { identityKeys } from './keys'

/** Every way of signing in ends the same: start the session, and the profile is known without a refetch. */
export async function beginSession(tokens: AuthTokens): Promise<Me> {
  startSession(tokens)
  return tokens.user
}

export function useSignIn<TVariables>(signIn: (variables: TVariables) => Promise<Me>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => queryClient.setQueryData(identityKeys.me(), user),
  })
}
