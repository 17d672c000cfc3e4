import { OffHoursNotice } from '@/features/home'
import { bookRoute, MyAppointments } from '@/features/appointments'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ensureSignedIn } from '@/shared/auth/requireLogin'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES } from '@/shared/routes'
import { Button } from '@/shared/ui/nutui'
import { Screen } from '@/shared/ui/Screen'
import { EmptyView } from '@/shared/ui/StatusView'

export default function AppointmentsPage() {
  const signedIn = useSession(isSignedIn)
  return (
    <Screen title="预约办理">
      <Button className="tap primary-action" type="primary" block onClick={() => openRoute(bookRoute({}))}>
        预约办事
      </Button>
      {signedIn ? (
        <MyAppointments />
      ) : (
        <EmptyView
          message="登录后可以查看和管理您的预约。"
          action={{ label: '登录查看我的预约', onClick: () => ensureSignedIn(ROUTES.appointments) }}
        />
      )}
      <OffHoursNotice />
    </Screen>
  )
}
