/**
 * Seconds until another SMS code may be requested. The platform allows one per 60 s per phone;
 * counting down on screen saves the citizen a confusing 429.
 */
export function secondsUntilResend(sentAtMs: number | null, cooldownSeconds: number, nowMs: number): number {
  if (sentAtMs === null) return 0
  const remaining = Math.ceil((sentAtMs + cooldownSeconds * 1000 - nowMs) / 1000)
  return Math.max(0, Math.min(remaining, cooldownSeconds))
}

export function resendLabel(secondsLeft: number, everSent: boolean): string {
  if (secondsLeft > 0) return `${secondsLeft}秒后可重新获取`
  return everSent ? '重新获取验证码' : '获取验证码'
}
