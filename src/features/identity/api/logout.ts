import { useMutation, useQueryClient } from '@tanstack/react-query'
import * as v from 'valibot'
import { apiRequest } from '@/shared/api/client'
import { endSession, sessionStore } from '@/shared/api/session'

/** Revokes the refresh token on the platform; the local session ends even if the network is down. */
export async function logout() {
  const refreshToken = sessionStore.getState().refreshToken
  try {
    if (refreshToken) {
      await apiRequest({
        method: 'POST',
        path: '/auth/logout',
        body: { refreshToken },
        schema: v.unknown(),
        auth: 'none',
      })
    }
  } finally {
    endSession()
  }
}

export function useLogout() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: logout,
    // Nothing of the previous citizen may stay on screen for the next one.
    onSettled: () => queryClient.clear(),
  })
}
