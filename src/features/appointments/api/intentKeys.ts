import { useRef } from 'react'
import { ApiError } from '@/shared/api/errors'
import { newIdempotencyKey } from '@/shared/api/idempotency'

/**
 * One Idempotency-Key per request body, kept only while its outcome is unknown (offline, timeout, 5xx): a
 * retry then cannot book twice. Once the platform has answered, the key is dropped, so choosing the same slot
 * again later is a new request and not a replay of an old "full".
 */
export function useIntentKeys() {
  const keys = useRef(new Map<string, string>())
  return async function withKey<T>(body: unknown, send: (key: string) => Promise<T>): Promise<T> {
    const intent = JSON.stringify(body)
    const key = keys.current.get(intent) ?? newIdempotencyKey()
    keys.current.set(intent, key)
    try {
      const result = await send(key)
      keys.current.delete(intent)
      return result
    } catch (error) {
      if (!(error instanceof ApiError && error.retryable)) keys.current.delete(intent)
      throw error
    }
  }
}
