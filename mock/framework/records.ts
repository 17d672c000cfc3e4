/**
 * State is plain JSON (so it can be written to disk), which means records keyed by strings that come from
 * requests. Looking such a key up with `record[key]` would find "__proto__" or "constructor" on the
 * prototype, so every lookup with an outside key goes through here.
 */
export function getOwn<T>(record: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}
