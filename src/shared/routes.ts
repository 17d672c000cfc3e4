/**
 * Routes that one feature's pages open in another feature's subpackage. Pages pass query values as plain ids
 * only: never personal data in a URL.
 */
export const ROUTES = {
  home: '/pages/index/index',
  services: '/pages/services/index',
  appointments: '/pages/appointments/index',
  me: '/pages/me/index',
  /** 智能引导: search as you type. */
  guideSearch: '/packages/guide/search/index',
  /** 办事指南 of one item: ?id=<itemId> */
  guideItem: '/packages/guide/item/index',
  /** A 一件事: its situation questions then the checklist: ?id=<bundleId or itemId> */
  guideBundle: '/packages/guide/bundle/index',
  /** Start a booking, optionally preselected: ?serviceId=<itemId>&hallId=<hallId> */
  appointmentBook: '/packages/appointments/book/index',
  /** 我的办件 */
  cases: '/packages/cases/list/index',
  /** 办件详情: ?id=<caseId> */
  caseDetail: '/packages/cases/detail/index',
  /** 办件查询 by number and phone's last 4 digits, no login */
  caseLookup: '/packages/cases/lookup/index',
  /** 待评价 and my ratings */
  ratingsPending: '/packages/cases/pending/index',
  /** 好差评 of a case or a visit: ?type=case|appointment&id=<caseId or appointmentId> */
  rate: '/packages/cases/rate/index',
  /** A rating with its 差评 follow-up and 追评: ?id=<ratingId> */
  ratingDetail: '/packages/cases/rating/index',
  /** 办不成事反映, optionally about one case: ?caseId=<caseId> */
  feedback: '/packages/cases/feedback/index',
  /** 我的反映 (12345 tickets) */
  feedbackTickets: '/packages/cases/tickets/index',
  /**
   * 在线申请 (一表申请): ?targetId=<bundleId or itemId>&answers=<question:value,…> — the situation answers the
   * checklist was made from (question and option ids only). Without answers the citizen is sent to the guide.
   */
  apply: '/packages/apply/form/index',
} as const

export function withQuery(route: string, query: Record<string, string | undefined>): string {
  const pairs = Object.entries(query)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`)
  return pairs.length ? `${route}?${pairs.join('&')}` : route
}
