import { useRouter } from '@tarojs/taro'
import { AppointmentTicket } from '@/features/appointments/booking'
import { useSignedInPage } from '@/shared/auth/useSignedInPage'
import { Screen } from '@/shared/ui/Screen'
import { EmptyView } from '@/shared/ui/StatusView'

/** ?id=<appointmentId> */
export default function TicketPage() {
  const { params } = useRouter()
  const signedIn = useSignedInPage()
  const id = params.id
  return (
    <Screen title="预约凭证">
      {!id ? (
        <EmptyView message="没有找到这条预约。" />
      ) : signedIn ? (
        <AppointmentTicket appointmentId={id} />
      ) : null}
    </Screen>
  )
}
