/**
 * 居民身份证号 validation per GB 11643-1999: 6-digit area code, 8-digit birth date, 3-digit sequence
 * (odd = male), 1 check character. Pure and platform-neutral: the app runs it on the device as the citizen
 * types, and the simulator runs the same code on the server.
 */

export type IdNumberCheck =
  { ok: true; birthDate: string; sex: 'male' | 'female' } | { ok: false; reason: string }

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
const CHECK_CHARS = '10X98765432'
const EARLIEST_BIRTH_YEAR = 1900

/** The check character for the first 17 digits (callers must pass exactly 17 digits). */
export function idNumberCheckChar(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]
  return CHECK_CHARS[sum % 11]
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n)
}

/** Today's calendar date in China, whatever the device's time zone, as YYYY-MM-DD (comparable as text). */
function todayInChina(now: Date): string {
  const shanghai = new Date(now.getTime() + 8 * 3600 * 1000)
  return `${shanghai.getUTCFullYear()}-${pad2(shanghai.getUTCMonth() + 1)}-${pad2(shanghai.getUTCDate())}`
}

export function validateIdNumber(input: string, now: Date = new Date()): IdNumberCheck {
  const s = input.trim().toUpperCase()
  if (s.length !== 18) return { ok: false, reason: '身份证号应为18位' }
  if (!/^\d{17}[\dX]$/.test(s)) return { ok: false, reason: '身份证号前17位应为数字，最后一位为数字或X' }

  const year = Number(s.slice(6, 10))
  const month = Number(s.slice(10, 12))
  const day = Number(s.slice(12, 14))
  // Date.UTC rolls 02-30 over into March; reading the parts back catches every impossible date.
  const date = new Date(Date.UTC(year, month - 1, day))
  const realDate =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  const birthDate = `${year}-${pad2(month)}-${pad2(day)}`
  if (!realDate || year < EARLIEST_BIRTH_YEAR || birthDate > todayInChina(now)) {
    return { ok: false, reason: '出生日期不正确' }
  }

  if (idNumberCheckChar(s.slice(0, 17)) !== s[17]) return { ok: false, reason: '校验位不正确，请核对' }

  return { ok: true, birthDate, sex: Number(s[16]) % 2 === 1 ? 'male' : 'female' }
}
