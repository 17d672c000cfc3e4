/**
 * The citizen's recent searches, kept on the device so the search page can offer them again. Only what was
 * searched for is kept, never who searched: a query that carries a number long enough to be a phone, ID or
 * case number is not remembered at all.
 */
export const RECENT_SEARCHES_LIMIT = 8

const MAX_QUERY_LENGTH = 50
/**
 * Six digits in a row (part of a phone, ID or case number, never a service's name) or a masked number
 * ("138****5678").
 */
const LOOKS_PERSONAL = /\d{6}|\d{3}\*{2,}/

export function normalizeQuery(query: string): string {
  return query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH)
}

/**
 * The query carries what may be a phone, ID or case number: such a query is neither remembered nor sent to
 * the platform. Full-width digits (a Chinese keyboard's ０-９) count as digits, and spaces, dashes and dots
 * between them do not hide a number.
 */
export function looksPersonal(query: string): boolean {
  return LOOKS_PERSONAL.test(query.normalize('NFKC').replace(/[^\p{L}\p{N}*]/gu, ''))
}

export function isRememberable(query: string): boolean {
  const normalized = normalizeQuery(query)
  return normalized.length > 0 && !looksPersonal(normalized)
}

/** Most recent first, each query once (case- and space-insensitive), at most `limit`. */
export function rememberSearch(
  recent: readonly string[],
  query: string,
  limit = RECENT_SEARCHES_LIMIT,
): string[] {
  const normalized = normalizeQuery(query)
  if (!isRememberable(normalized)) return [...recent]
  const key = comparable(normalized)
  return [normalized, ...recent.filter((earlier) => comparable(earlier) !== key)].slice(0, limit)
}

function comparable(query: string): string {
  return normalizeQuery(query).toLowerCase().replace(/ /g, '')
}
