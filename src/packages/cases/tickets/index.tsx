import { TicketList } from '@/features/feedback'
import { useSignedInPage } from '@/shared/auth/useSignedInPage'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES } from '@/shared/routes'
import { Button } from '@/shared/ui/nutui'
import { Screen } from '@/shared/ui/Screen'

export default function TicketsPage() {
  const signedIn = useSignedInPage()
  return (
    <Screen title="我的反映">
      {signedIn ? <TicketList /> : null}
      <Button className="tap primary-action" type="primary" block onClick={() => openRoute(ROUTES.feedback)}>
        我要反映问题
      </Button>
    </Screen>
  )
}
