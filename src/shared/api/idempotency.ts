/**
 * A key for the platform's Idempotency-Key header. Created once per citizen intent (one submit
 * button press, kept with the draft) and reused on every retry, so a retry after a timeout can
 * never create a second case or booking. weapp has no crypto.randomUUID, hence the fallback.
 */
export function newIdempotencyKey(): string {
  const cryptoApi = (globalThis as { crypto?: { randomUUID?: () => string } }).crypto
  if (cryptoApi?.randomUUID) return cryptoApi.randomUUID()
  const hex = (length: number) =>
    Array.from({ length }, () => Math.floor(Math.random() * 16).toString(16)).join('')
  return `${hex(8)}-${hex(4)}-4${hex(3)}-${hex(4)}-${hex(12)}`
}
