import { useDidShow } from '@tarojs/taro'
import { isSignedIn, useSession } from '../api/session'
import { ensureSignedIn } from './requireLogin'

/**
 * For a page that shows a citizen's own data: a guest is sent to login, which comes back to `returnTo`
 * (default: this page, with its query). Returns whether to render the page's content.
 */
export function useSignedInPage(returnTo?: string): boolean {
  const signedIn = useSession(isSignedIn)
  useDidShow(() => {
    ensureSignedIn(returnTo)
  })
  return signedIn
}
