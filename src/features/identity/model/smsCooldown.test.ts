import { resendLabel, secondsUntilResend } from './smsCooldown'

describe('SMS resend countdown', () => {
  const sentAt = Date.UTC(2026, 10, 21, 2, 0, 0)

  it('is zero before any code was sent', () => {
    expect(secondsUntilResend(null, 60, sentAt)).toBe(0)
  })

  it('counts down whole seconds and never goes negative', () => {
    expect(secondsUntilResend(sentAt, 60, sentAt)).toBe(60)
    expect(secondsUntilResend(sentAt, 60, sentAt + 500)).toBe(60)
    expect(secondsUntilResend(sentAt, 60, sentAt + 59_001)).toBe(1)
    expect(secondsUntilResend(sentAt, 60, sentAt + 60_000)).toBe(0)
    expect(secondsUntilResend(sentAt, 60, sentAt + 3_600_000)).toBe(0)
  })

  it('never shows more than the cooldown when the phone clock jumps back', () => {
    expect(secondsUntilResend(sentAt, 60, sentAt - 600_000)).toBe(60)
  })

  it('labels the button in plain words', () => {
    expect(resendLabel(0, false)).toBe('获取验证码')
    expect(resendLabel(42, true)).toBe('42秒后可重新获取')
    expect(resendLabel(0, true)).toBe('重新获取验证码')
  })
})
