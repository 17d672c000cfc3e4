import { useRouter } from '@tarojs/taro'
import { ApplyCheckPage } from '@/features/apply'
import { REALNAME_ROUTE } from '@/features/identity'
import { openRoute } from '@/shared/platform/navigation'
import { Screen } from '@/shared/ui/Screen'

export default function ApplyCheck() {
  const { params } = useRouter()
  return (
    <Screen>
      <ApplyCheckPage targetId={params.targetId ?? ''} onNeedRealName={() => openRoute(REALNAME_ROUTE)} />
    </Screen>
  )
}
