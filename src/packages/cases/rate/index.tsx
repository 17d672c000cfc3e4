import { useRouter } from '@tarojs/taro'
import type { Rating, RatingSubject } from '@contract/api/ratings'
import { RatingForm } from '@/features/ratings'
import { useSignedInPage } from '@/shared/auth/useSignedInPage'
import { showToast } from '@/shared/platform/feedback'
import { replaceRoute } from '@/shared/platform/navigation'
import { ROUTES, withQuery } from '@/shared/routes'
import { Screen } from '@/shared/ui/Screen'

function subjectOf(params: Record<string, string | undefined>): RatingSubject | undefined {
  const { type, id } = params
  return (type === 'case' || type === 'appointment') && id ? { type, id } : undefined
}

export default function RatePage() {
  const { params } = useRouter()
  const signedIn = useSignedInPage()
  const rated = (rating: Rating) => {
    showToast(rating.followUp ? '已提交，部门会核实整改并告诉您结果' : '感谢您的评价')
    replaceRoute(withQuery(ROUTES.ratingDetail, { id: rating.ratingId }))
  }
  return (
    <Screen title="服务评价">
      {signedIn ? <RatingForm subject={subjectOf(params)} onRated={rated} /> : null}
    </Screen>
  )
}
