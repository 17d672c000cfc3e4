/** Mainland China mobile numbers: 11 digits, 1 then a network digit 3–9. No country code, no spaces. */
export function isMainlandMobile(phone: string): boolean {
  return /^1[3-9]\d{9}$/.test(phone)
}
