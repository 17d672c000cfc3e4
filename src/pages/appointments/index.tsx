import { OffHoursNotice } from '@/features/home'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ensureSignedIn } from '@/shared/auth/requireLogin'
import { Screen } from '@/shared/ui/Screen'
import { EmptyView } from '@/shared/ui/StatusView'

export default function AppointmentsPage() {
  const signedIn = useSession(isSignedIn)
  return (
    <Screen title="预约办理">
      <OffHoursNotice />
      {signedIn ? (
        <EmptyView message="您还没有预约。" />
      ) : (
        <EmptyView
          message="登录后可预约午间、晚间和周末的办事时段，并查看我的预约。"
          action={{ label: '登录后预约', onClick: () => ensureSignedIn('/pages/appointments/index') }}
        />
      )}
    </Screen>
  )
}
