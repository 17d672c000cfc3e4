import { isSignedIn, sessionStore } from '../api/session'
import { currentRoute, openRoute } from '../platform/navigation'
import { loginUrl } from './returnTo'

/**
 * Guests browse freely; an action that needs identity calls this first. Returns true when the
 * action may go on; otherwise opens login, which comes back to `returnTo` (default: this page).
 */
export function ensureSignedIn(returnTo: string | undefined = currentRoute()): boolean {
  if (isSignedIn(sessionStore.getState())) return true
  openRoute(loginUrl(returnTo))
  return false
}
