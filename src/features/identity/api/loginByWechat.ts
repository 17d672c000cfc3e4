import { AuthTokensSchema } from '@contract/api'
import { apiRequest } from '@/shared/api/client'
import { getWechatLoginCode } from '@/shared/platform/login'
import { beginSession, useSignIn } from './signIn'

export async function loginByWechat() {
  const body = { code: await getWechatLoginCode() }
  return beginSession(
    await apiRequest({ method: 'POST', path: '/auth/wechat', body, schema: AuthTokensSchema, auth: 'none' }),
  )
}

export const useLoginByWechat = () => useSignIn(loginByWechat)
