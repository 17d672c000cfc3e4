import * as v from 'valibot'
import { createStore } from 'zustand/vanilla'
import { useStore } from 'zustand'
import { readJson, writeJson } from '../platform/storage'

/**
 * Device-level preferences: 长辈版 and the PIPL privacy consent. Consent is versioned: when the
 * policy text changes, `PRIVACY_POLICY_VERSION` goes up and everyone is asked again.
 */
export const PRIVACY_POLICY_VERSION = '2026-11-22'

const PreferencesSchema = v.object({
  elderMode: v.boolean(),
  /** The policy version agreed to, with when; null = not decided yet or revoked. */
  consent: v.nullable(v.object({ version: v.string(), at: v.string() })),
  /** The citizen said 不同意 this session's version: browse as guest without being asked on every page. */
  declinedVersion: v.nullable(v.string()),
})
export type Preferences = v.InferOutput<typeof PreferencesSchema>

const STORAGE_KEY = 'ttb.preferences.v1'
const DEFAULTS: Preferences = { elderMode: false, consent: null, declinedVersion: null }

const isPreferences = (value: unknown): value is Preferences => v.is(PreferencesSchema, value)

export const preferencesStore = createStore<Preferences>(
  () => readJson(STORAGE_KEY, isPreferences) ?? DEFAULTS,
)
preferencesStore.subscribe((state) => writeJson(STORAGE_KEY, state))

export function setElderMode(elderMode: boolean): void {
  preferencesStore.setState({ elderMode })
}

export function agreeToPrivacyPolicy(now: Date = new Date()): void {
  preferencesStore.setState({
    consent: { version: PRIVACY_POLICY_VERSION, at: now.toISOString() },
    declinedVersion: null,
  })
}

/** 不同意 at first run and revoking later are the same state: guest browsing, not asked again. */
export function declinePrivacyPolicy(): void {
  preferencesStore.setState({ consent: null, declinedVersion: PRIVACY_POLICY_VERSION })
}

export const hasConsent = (state: Preferences): boolean => state.consent?.version === PRIVACY_POLICY_VERSION
export const needsConsentPrompt = (state: Preferences): boolean =>
  !hasConsent(state) && state.declinedVersion !== PRIVACY_POLICY_VERSION

/** Calls `listener` whenever consent given on this device is taken back (revoked, or 不同意 after 同意). */
export function onConsentWithdrawn(listener: () => void): () => void {
  return preferencesStore.subscribe((state, previous) => {
    if (hasConsent(previous) && !hasConsent(state)) listener()
  })
}

export function usePreferences<T>(select: (state: Preferences) => T): T {
  return useStore(preferencesStore, select)
}
