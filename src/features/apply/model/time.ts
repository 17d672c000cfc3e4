const SHANGHAI_OFFSET_MS = 8 * 3600 * 1000
const pad = (n: number, width = 2) => String(n).padStart(width, '0')

/** An instant as the platform writes times: 2026-03-02T10:00:00.250+08:00, whatever the phone's time zone. */
export function shanghaiIso(at: Date): string {
  const d = new Date(at.getTime() + SHANGHAI_OFFSET_MS)
  return (
    `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}` +
    `T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}` +
    `.${pad(d.getUTCMilliseconds(), 3)}+08:00`
  )
}

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
