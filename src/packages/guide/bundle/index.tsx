import { useRouter, useShareAppMessage } from '@tarojs/taro'
import { GuideFlow, useGuideTarget } from '@/features/guide/subpackage'
import { ROUTES, withQuery } from '@/shared/routes'
import { Screen } from '@/shared/ui/Screen'

export default function GuideBundlePage() {
  const { params } = useRouter()
  const { target } = useGuideTarget(params.id)
  // WeChat shares the page itself: the id only, never the answers given on it.
  useShareAppMessage(() => ({
    title: target ? `${target.name}：要办哪些事、带哪些材料` : '通通办',
    path: withQuery(ROUTES.guideBundle, { id: params.id }),
  }))
  return (
    <Screen>
      <GuideFlow targetId={params.id} />
    </Screen>
  )
}
