import { queryOptions, useQuery } from '@tanstack/react-query'
import { MeSchema } from '@contract/api'
import { apiRequest } from '@/shared/api/client'
import { isSignedIn, updateUser, useSession } from '@/shared/api/session'
import { identityKeys } from './keys'

export async function getMe() {
  const me = await apiRequest({ method: 'GET', path: '/me', schema: MeSchema, auth: 'required' })
  updateUser(me)
  return me
}

export const meQueryOptions = () => queryOptions({ queryKey: identityKeys.me(), queryFn: getMe })

/** The signed-in citizen, fresh from the platform; disabled for guests. */
export function useMe() {
  const signedIn = useSession(isSignedIn)
  return useQuery({ ...meQueryOptions(), enabled: signedIn })
}
