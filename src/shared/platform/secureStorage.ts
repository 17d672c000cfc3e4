import Taro from '@tarojs/taro'
import { isWeapp } from './env'

/**
 * Storage for what must never sit on the phone in clear text (application drafts: ID numbers, licence and
 * file ids). Asynchronous, string values; a value that cannot be read back (another device key, a wiped
 * database) reads as missing, never as an error.
 *
 * - weapp: WeChat's encrypted storage (`setStorage({ encrypt: true })`, AES-128, base library ≥ 2.21.3, 0.7 MB
 *   a key). Older clients keep the value in memory only: the platform's server copy of a draft still holds it.
 * - H5: AES-GCM through WebCrypto. The key is generated non-extractable and kept in IndexedDB (script can use
 *   it but not read it out), the ciphertext and its IV next to it; nothing goes to localStorage.
 * - Tests and browsers without IndexedDB or WebCrypto: memory only.
 */
export interface SecureStorageBackend {
  read(key: string): Promise<string | undefined>
  write(key: string, value: string): Promise<void>
  remove(key: string): Promise<void>
  /** Forgets every value (the citizen withdrew consent); on H5 the key goes too, so no copy can be read. */
  clear(): Promise<void>
}

export function createMemorySecureStorage(): SecureStorageBackend & { dump(): Record<string, string> } {
  const data = new Map<string, string>()
  return {
    read: async (key) => data.get(key),
    write: async (key, value) => void data.set(key, value),
    remove: async (key) => void data.delete(key),
    clear: async () => data.clear(),
    dump: () => Object.fromEntries(data),
  }
}

// ── weapp ───────────────────────────────────────────────────────────────────────────────────────────────

type EncryptedStorageApi = {
  setStorage(options: { key: string; data: string; encrypt: boolean }): Promise<unknown>
  getStorage(options: { key: string; encrypt: boolean }): Promise<{ data: unknown }>
}

/** Encrypted entries share WeChat's storage with plain ones; the prefix is how `clear` finds them all. */
const WEAPP_PREFIX = 'ttb.secure.'

const weappBackend = (): SecureStorageBackend => {
  const storage = Taro as unknown as EncryptedStorageApi
  const remove = (key: string) =>
    Taro.removeStorage({ key }).then(
      () => undefined,
      () => undefined,
    )
  return {
    async read(key) {
      try {
        const { data } = await storage.getStorage({ key: WEAPP_PREFIX + key, encrypt: true })
        return typeof data === 'string' ? data : undefined
      } catch {
        return undefined
      }
    },
    async write(key, value) {
      await storage.setStorage({ key: WEAPP_PREFIX + key, data: value, encrypt: true })
    },
    remove: (key) => remove(WEAPP_PREFIX + key),
    async clear() {
      const { keys } = Taro.getStorageInfoSync()
      await Promise.all(keys.filter((key) => key.startsWith(WEAPP_PREFIX)).map(remove))
    },
  }
}

// ── H5 ──────────────────────────────────────────────────────────────────────────────────────────────────

const DB_NAME = 'ttb-secure'
const STORE = 'entries'
const KEY_ENTRY = '__key__'

interface Sealed {
  iv: Uint8Array<ArrayBuffer>
  data: ArrayBuffer
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result)
    req.onerror = () => reject(req.error)
  })
}

function openDatabase(): Promise<IDBDatabase> {
  const open = indexedDB.open(DB_NAME, 1)
  open.onupgradeneeded = () => open.result.createObjectStore(STORE)
  return request(open)
}

/** If IndexedDB or WebCrypto fails at run time (a private window), values stay in memory for the session. */
const browserBackend = (): SecureStorageBackend => {
  let ready: Promise<{ db: IDBDatabase; key: CryptoKey }> | undefined
  let fallback: SecureStorageBackend | undefined

  async function init() {
    const db = await openDatabase()
    let key = (await request(db.transaction(STORE, 'readonly').objectStore(STORE).get(KEY_ENTRY))) as
      CryptoKey | undefined
    if (!key) {
      key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, ['encrypt', 'decrypt'])
      await request(db.transaction(STORE, 'readwrite').objectStore(STORE).put(key, KEY_ENTRY))
    }
    return { db, key }
  }

  const open = () => (ready ??= init())
  const entries = async (mode: IDBTransactionMode) =>
    (await open()).db.transaction(STORE, mode).objectStore(STORE)

  return {
    async read(name) {
      if (fallback) return fallback.read(name)
      try {
        const sealed = (await request((await entries('readonly')).get(name))) as Sealed | undefined
        if (!sealed) return undefined
        const plain = await crypto.subtle.decrypt(
          { name: 'AES-GCM', iv: sealed.iv },
          (await open()).key,
          sealed.data,
        )
        return new TextDecoder().decode(plain)
      } catch {
        return undefined
      }
    },
    async write(name, value) {
      if (fallback) return fallback.write(name, value)
      try {
        const iv = crypto.getRandomValues(new Uint8Array(12))
        const plain = new TextEncoder().encode(value)
        const data = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, (await open()).key, plain)
        await request((await entries('readwrite')).put({ iv, data } satisfies Sealed, name))
      } catch {
        fallback = createMemorySecureStorage()
        await fallback.write(name, value)
      }
    },
    async remove(name) {
      if (fallback) return fallback.remove(name)
      await request((await entries('readwrite')).delete(name)).catch(() => undefined)
    },
    async clear() {
      fallback = undefined
      // The key goes with the values: the next write makes a new one.
      await request((await entries('readwrite')).clear()).catch(() => undefined)
      ready = undefined
    },
  }
}

function platformBackend(): SecureStorageBackend {
  if (isWeapp) {
    return Taro.canIUse('setStorage.object.encrypt') ? weappBackend() : createMemorySecureStorage()
  }
  const hasBrowserCrypto =
    typeof indexedDB !== 'undefined' && typeof crypto !== 'undefined' && crypto.subtle !== undefined
  return hasBrowserCrypto ? browserBackend() : createMemorySecureStorage()
}

let backend: SecureStorageBackend | undefined

/** Tests use `createMemorySecureStorage()`. */
export function setSecureStorageBackend(next: SecureStorageBackend): void {
  backend = next
}

const current = () => (backend ??= platformBackend())

export const secureStorage: SecureStorageBackend = {
  read: (key) => current().read(key),
  write: (key, value) => current().write(key, value),
  remove: (key) => current().remove(key),
  clear: () => current().clear(),
}
