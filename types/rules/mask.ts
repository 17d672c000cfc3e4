/**
 * Masking for personal data shown on screens and returned by endpoints that do not exist to give the owner
 * their own data (platform contract: ID 5306**********1234, phone 138****5678, name 张*).
 */

/** First 4 and last 4 characters kept: enough for the citizen to recognise their own number. */
export function maskIdNumber(idNumber: string): string {
  const s = idNumber.trim()
  if (s.length <= 8) return '*'.repeat(s.length)
  return `${s.slice(0, 4)}${'*'.repeat(s.length - 8)}${s.slice(-4)}`
}

export function maskPhone(phone: string): string {
  const s = phone.trim()
  if (s.length < 7) return '*'.repeat(s.length)
  return `${s.slice(0, 3)}${'*'.repeat(s.length - 7)}${s.slice(-4)}`
}

// The common 复姓: a masked 欧阳娜娜 reads 欧阳**, so the citizen still recognises the family name.
const COMPOUND_SURNAMES = [
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '令狐',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '端木',
  '独孤',
  '南宫',
  '西门',
  '万俟',
]

/** Keeps the family name (its first character, or both of a 复姓): 张三 → 张*, 欧阳娜娜 → 欧阳**. */
export function maskName(name: string): string {
  // Array.from counts characters, not UTF-16 units, so rare characters outside the BMP count once.
  const chars = Array.from(name.trim())
  if (chars.length === 0) return ''
  const surnameLength = chars.length >= 3 && COMPOUND_SURNAMES.includes(chars[0] + chars[1]) ? 2 : 1
  return chars.slice(0, surnameLength).join('') + '*'.repeat(Math.max(chars.length - surnameLength, 1))
}
