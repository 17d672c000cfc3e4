import { useRouter } from '@tarojs/taro'
import { ApplyMaterialsPage } from '@/features/apply'
import { REALNAME_ROUTE } from '@/features/identity'
import { openRoute } from '@/shared/platform/navigation'
import { Screen } from '@/shared/ui/Screen'

export default function ApplyMaterials() {
  const { params } = useRouter()
  return (
    <Screen>
      <ApplyMaterialsPage targetId={params.targetId ?? ''} onNeedRealName={() => openRoute(REALNAME_ROUTE)} />
    </Screen>
  )
}
