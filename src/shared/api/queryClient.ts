import { focusManager, onlineManager, QueryClient } from '@tanstack/react-query'
import { onAppForeground, onNetworkChange } from '../platform/lifecycle'
import { isWeapp } from '../platform/env'
import { ApiError } from './errors'

const MAX_RETRIES = 2

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        // Retry only what may succeed unchanged; a 4xx or an expired login will not.
        retry: (failureCount, error) =>
          failureCount < MAX_RETRIES && error instanceof ApiError && error.retryable,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 8000),
      },
      mutations: { retry: false },
    },
  })
}

/**
 * react-query listens to window focus/online events, which never fire in a mini-program:
 * feed it WeChat's app-show and network events instead (H5 keeps the browser's own).
 */
export function connectQueryLifecycle(): () => void {
  if (!isWeapp) return () => undefined
  const offForeground = onAppForeground(() => focusManager.setFocused(true))
  const offNetwork = onNetworkChange((online) => onlineManager.setOnline(online))
  return () => {
    offForeground()
    offNetwork()
  }
}
