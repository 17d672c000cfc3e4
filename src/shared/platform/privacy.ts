import Taro from '@tarojs/taro'
import { isWeapp } from './env'

export type PrivacyResolve = (result: { event: 'agree' | 'disagree'; buttonId?: string }) => void

/**
 * WeChat calls this when a privacy-protected API (login, location, media…) runs before the user
 * agreed in-app; the app must show its own consent UI and answer through `resolve`.
 * No-op on H5, where our own first-run consent is the only gate.
 */
export function onNeedPrivacyAuthorization(handler: (resolve: PrivacyResolve) => void): void {
  if (!isWeapp) return
  const wxApi = (
    globalThis as { wx?: { onNeedPrivacyAuthorization?: (cb: (resolve: PrivacyResolve) => void) => void } }
  ).wx
  wxApi?.onNeedPrivacyAuthorization?.(handler)
}

/** Revocation on weapp is done in WeChat's own settings; we can open them for the user. */
export function openPlatformSettings(): void {
  if (isWeapp) void Taro.openSetting().catch(() => undefined)
}
