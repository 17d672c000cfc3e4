import { createStore } from 'zustand/vanilla'
import type { PrivacyResolve } from '../platform/privacy'

/** Set when WeChat asks (onNeedPrivacyAuthorization): its resolve must be called from our consent UI. */
export const pendingWechatPrivacy = createStore<{ resolve: PrivacyResolve | null }>(() => ({ resolve: null }))
