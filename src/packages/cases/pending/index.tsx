import { Text } from '@tarojs/components'
import { MyRatings, PendingRatings } from '@/features/ratings'
import { useSignedInPage } from '@/shared/auth/useSignedInPage'
import { Screen } from '@/shared/ui/Screen'

export default function PendingRatingsPage() {
  const signedIn = useSignedInPage()
  return (
    <Screen title="待评价">
      {signedIn ? (
        <>
          <PendingRatings />
          <Text className="section-title">我的评价</Text>
          <MyRatings />
        </>
      ) : null}
    </Screen>
  )
}
