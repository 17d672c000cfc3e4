import { ROUTES, withQuery } from '@/shared/routes'

/** The apply subpackage's pages. Only ids travel in the query: the draft holds everything else. */
export const APPLY_ROUTES = {
  form: ROUTES.apply,
  materials: '/packages/apply/materials/index',
  check: '/packages/apply/check/index',
  done: '/packages/apply/done/index',
} as const

export type ApplyStep = 'form' | 'materials' | 'check'

export const stepRoute = (step: ApplyStep, targetId: string) => withQuery(APPLY_ROUTES[step], { targetId })

export const doneRoute = (applicationId: string) => withQuery(APPLY_ROUTES.done, { id: applicationId })
