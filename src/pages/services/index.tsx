import { HotlineCard } from '@/features/home'
import { Screen } from '@/shared/ui/Screen'
import { EmptyView } from '@/shared/ui/StatusView'

export default function ServicesPage() {
  return (
    <Screen title="办事">
      <EmptyView message="服务目录正在接入省一体化政务服务平台，上线后可按“要办的事”搜索和办理。现在可拨打 12345 咨询。" />
      <HotlineCard />
    </Screen>
  )
}
