import { useDidShow } from '@tarojs/taro'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ensureSignedIn } from '@/shared/auth/requireLogin'

/**
 * For the pages of this subpackage that show a citizen's own data: a guest is sent to login, which comes
 * back to this page (with its query). Returns whether to render the page's content.
 */
export function useSignedInPage(): boolean {
  const signedIn = useSession(isSignedIn)
  useDidShow(() => {
    ensureSignedIn()
  })
  return signedIn
}
