import { useMutation, useQueryClient } from '@tanstack/react-query'
import { SubscriptionSchema } from '@contract/api/appointments'
import { apiRequest } from '@/shared/api/client'
import { acceptedSubscriptions } from '@/shared/platform/subscribe'
import { appointmentKeys } from './keys'

/**
 * The one-time subscribe-message template for appointment reminders, as registered in the mini-program's
 * admin console (订阅消息 → 我的模板). Each deployment has its own id; replace it with yours.
 */
export const APPOINTMENT_REMINDER_TEMPLATE_ID = 'ttb-appointment-reminder'

/**
 * weapp: WeChat asks the citizen (this must run from a tap), and the platform records the templates they
 * accepted. H5: nothing to ask; the platform reminds by SMS. Either way the platform says when.
 */
export async function subscribeReminder(appointmentId: string) {
  const templateIds = await acceptedSubscriptions(
    [APPOINTMENT_REMINDER_TEMPLATE_ID],
    '您没有允许微信消息提醒，可以在预约前一天自己留意时间。',
  )
  return apiRequest({
    method: 'POST',
    path: '/subscriptions',
    body: { templateIds, subject: { type: 'appointment', id: appointmentId } },
    schema: SubscriptionSchema,
    auth: 'required',
  })
}

export function useSubscribeReminder() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: subscribeReminder,
    onSuccess: (_subscription, appointmentId) =>
      queryClient.invalidateQueries({ queryKey: appointmentKeys.detail(appointmentId) }),
  })
}
