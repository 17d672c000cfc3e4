import { useMutation, useQueryClient } from '@tanstack/react-query'
import { CaseSubscriptionSchema } from '@contract/api/cases'
import { apiRequest } from '@/shared/api/client'
import { acceptedSubscriptions } from '@/shared/platform/subscribe'
import { caseKeys } from './keys'

/**
 * The one-time subscribe-message template for case status changes, as registered in the mini-program's
 * admin console (订阅消息 → 我的模板). Each deployment has its own id; replace it with yours.
 */
export const CASE_STATUS_TEMPLATE_ID = 'ttb-case-status-change'

/** weapp: WeChat asks the citizen (from a tap); H5: the platform texts the login phone instead. */
export async function subscribeStatus(caseId: string) {
  const templateIds = await acceptedSubscriptions(
    [CASE_STATUS_TEMPLATE_ID],
    '您没有允许微信消息提醒，可以随时回到这里查看办理进度。',
  )
  return apiRequest({
    method: 'POST',
    path: `/cases/${encodeURIComponent(caseId)}/subscriptions`,
    body: { templateIds },
    schema: CaseSubscriptionSchema,
    auth: 'required',
  })
}

export function useSubscribeStatus() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: subscribeStatus,
    onSuccess: (_subscription, caseId) =>
      queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) }),
  })
}
