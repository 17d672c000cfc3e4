import { CaseList } from '@/features/cases'
import { PendingRatingsBanner } from '@/features/ratings'
import { useSignedInPage } from '@/shared/auth/useSignedInPage'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES } from '@/shared/routes'
import { Button } from '@/shared/ui/nutui'
import { Screen } from '@/shared/ui/Screen'

export default function MyCasesPage() {
  const signedIn = useSignedInPage()
  return (
    <Screen title="我的办件">
      {signedIn ? (
        <>
          <PendingRatingsBanner />
          <CaseList />
        </>
      ) : null}
      <Button
        className="tap primary-action"
        type="default"
        block
        onClick={() => openRoute(ROUTES.caseLookup)}
      >
        用办件编号查询（他人代办的也能查）
      </Button>
    </Screen>
  )
}
