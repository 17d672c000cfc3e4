const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** "3月2日 10:05" for "saved at …" lines; the year only when it is not this year. */
export function savedAtLabel(iso: string, now: Date): string {
  const at = new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS)
  const today = new Date(now.getTime() + SHANGHAI_OFFSET_MS)
  const year = at.getUTCFullYear() === today.getUTCFullYear() ? '' : `${at.getUTCFullYear()}年`
  return `${year}${at.getUTCMonth() + 1}月${at.getUTCDate()}日 ${pad(at.getUTCHours())}:${pad(at.getUTCMinutes())}`
}

/** 2026-03-16 → 2026年3月16日 */
export function dateLabel(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日`
}
