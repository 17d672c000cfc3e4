import { AuthTokensSchema, type SmsLoginRequest } from '@contract/api'
import { apiRequest } from '@/shared/api/client'
import { beginSession, useSignIn } from './signIn'

export async function loginBySms(request: SmsLoginRequest) {
  return beginSession(
    await apiRequest({
      method: 'POST',
      path: '/auth/sms/login',
      body: request,
      schema: AuthTokensSchema,
      auth: 'none',
    }),
  )
}

export const useLoginBySms = () => useSignIn(loginBySms)
