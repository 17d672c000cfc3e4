/**
 * 统一社会信用代码 per GB 32100-2015: 18 characters from a 31-character alphabet (no I, O, S, V, Z): 1 registering
 * authority, 1 organisation type, 6 area code, 9 organisation code, 1 check character. Some codes issued during
 * the early pilots do not pass the checksum although they are real, so a failing check is a warning for the
 * citizen to look again, never a reason to refuse the form (domain.md).
 */

export const CREDIT_CODE_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type CreditCodeCheck =
  /** `warning`: the shape is right but the check character is not; ask the citizen to compare it again. */
  { ok: true; code: string; warning?: string } | { ok: false; reason: string }

/** The check character for the first 17 characters (callers pass 17 characters of the charset). */
export function creditCodeCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += CREDIT_CODE_CHARSET.indexOf(first17[i]) * WEIGHTS[i]
  return CREDIT_CODE_CHARSET[(31 - (sum % 31)) % 31]
}

export function validateCreditCode(input: string): CreditCodeCheck {
  const code = input.trim().toUpperCase()
  if (code.length !== 18) return { ok: false, reason: '统一社会信用代码应为18位' }
  if (![...code].every((c) => CREDIT_CODE_CHARSET.includes(c))) {
    return { ok: false, reason: '统一社会信用代码由数字和大写字母组成，不含I、O、S、V、Z' }
  }
  if (creditCodeCheckChar(code.slice(0, 17)) !== code[17]) {
    return { ok: true, code, warning: '校验位核对不上，请对照营业执照再看一遍；确认无误可以继续提交' }
  }
  return { ok: true, code }
}
