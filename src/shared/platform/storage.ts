import Taro from '@tarojs/taro'

/**
 * Key-value storage behind one small interface so tests can swap it (see `setStorageBackend`).
 * Values are JSON. What goes in here must already be non-sensitive or masked: on H5 this is
 * `localStorage`, readable by anyone holding the phone.
 */
export interface StorageBackend {
  get(key: string): string | undefined
  set(key: string, value: string): void
  remove(key: string): void
}

const taroBackend: StorageBackend = {
  get(key) {
    try {
      const raw: unknown = Taro.getStorageSync(key)
      return typeof raw === 'string' && raw !== '' ? raw : undefined
    } catch {
      return undefined
    }
  },
  set(key, value) {
    try {
      Taro.setStorageSync(key, value)
    } catch {
      // Storage full or disabled (private mode): the app keeps working from memory.
    }
  },
  remove(key) {
    try {
      Taro.removeStorageSync(key)
    } catch {
      // Nothing to remove is as good as removed.
    }
  },
}

let backend: StorageBackend = taroBackend

export function setStorageBackend(next: StorageBackend): void {
  backend = next
}

export function readJson<T>(key: string, isValid: (value: unknown) => value is T): T | undefined {
  const raw = backend.get(key)
  if (raw === undefined) return undefined
  try {
    const value: unknown = JSON.parse(raw)
    return isValid(value) ? value : undefined
  } catch {
    return undefined
  }
}

export function writeJson(key: string, value: unknown): void {
  backend.set(key, JSON.stringify(value))
}

export function removeKey(key: string): void {
  backend.remove(key)
}

/** An in-memory backend for tests and for when the platform storage is unavailable. */
export function createMemoryStorage(): StorageBackend & { dump(): Record<string, string> } {
  const data = new Map<string, string>()
  return {
    get: (key) => data.get(key),
    set: (key, value) => void data.set(key, value),
    remove: (key) => void data.delete(key),
    dump: () => Object.fromEntries(data),
  }
}
