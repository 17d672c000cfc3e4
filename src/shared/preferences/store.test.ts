import {
  agreeToPrivacyPolicy,
  declinePrivacyPolicy,
  onConsentWithdrawn,
  preferencesStore,
  setElderMode,
} from './store'

describe('consent withdrawal', () => {
  it('is announced when consent given on this device is taken back, and only then', () => {
    preferencesStore.setState({ elderMode: false, consent: null, declinedVersion: null })
    const withdrawn = jest.fn()
    const stop = onConsentWithdrawn(withdrawn)

    declinePrivacyPolicy() // 不同意 at first run: nothing was ever collected
    agreeToPrivacyPolicy()
    setElderMode(true)
    agreeToPrivacyPolicy() // agreeing again is not a withdrawal
    expect(withdrawn).not.toHaveBeenCalled()

    declinePrivacyPolicy()
    expect(withdrawn).toHaveBeenCalledTimes(1)
    setElderMode(false)
    expect(withdrawn).toHaveBeenCalledTimes(1)

    stop()
    agreeToPrivacyPolicy()
    declinePrivacyPolicy()
    expect(withdrawn).toHaveBeenCalledTimes(1)
  })
})
