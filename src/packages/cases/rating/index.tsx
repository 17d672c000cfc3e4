import { useRouter } from '@tarojs/taro'
import { RatingDetail } from '@/features/ratings'
import { useSignedInPage } from '@/shared/auth/useSignedInPage'
import { Screen } from '@/shared/ui/Screen'

export default function RatingDetailPage() {
  const { params } = useRouter()
  const signedIn = useSignedInPage()
  return <Screen title="评价详情">{signedIn ? <RatingDetail ratingId={params.id} /> : null}</Screen>
}
