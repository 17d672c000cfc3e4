import { useDidShow, useRouter } from '@tarojs/taro'
import { RescheduleFlow } from '@/features/appointments/booking'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ensureSignedIn } from '@/shared/auth/requireLogin'
import { Screen } from '@/shared/ui/Screen'
import { EmptyView } from '@/shared/ui/StatusView'

/** ?id=<appointmentId> */
export default function ReschedulePage() {
  const { params } = useRouter()
  const signedIn = useSession(isSignedIn)
  const id = params.id
  useDidShow(() => {
    ensureSignedIn()
  })
  return (
    <Screen title="改约">
      {!id ? (
        <EmptyView message="没有找到这条预约。" />
      ) : signedIn ? (
        <RescheduleFlow appointmentId={id} />
      ) : null}
    </Screen>
  )
}
