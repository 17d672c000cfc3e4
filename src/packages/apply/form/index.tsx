import { useRouter } from '@tarojs/taro'
import { ApplyFormPage } from '@/features/apply'
import { REALNAME_ROUTE } from '@/features/identity'
import { openRoute } from '@/shared/platform/navigation'
import { Screen } from '@/shared/ui/Screen'

export default function ApplyForm() {
  const { params } = useRouter()
  return (
    <Screen>
      <ApplyFormPage
        targetId={params.targetId ?? ''}
        answers={params.answers}
        onNeedRealName={() => openRoute(REALNAME_ROUTE)}
      />
    </Screen>
  )
}
