import { HomeShortcuts, HotlineCard, OffHoursNotice, SearchEntry, type Shortcut } from '@/features/home'
import { Screen } from '@/shared/ui/Screen'

const SHORTCUTS: Shortcut[] = [
  { label: '找服务', hint: '按事情找，不用记名称', route: '/pages/services/index' },
  { label: '预约办理', hint: '午间、晚上、周末都能约', route: '/pages/appointments/index' },
  { label: '实名认证', hint: '认证后办事自动填表', route: '/packages/account/realname/index' },
  { label: '长辈版', hint: '大字大按钮', route: '/pages/me/index' },
]

export default function HomePage() {
  return (
    <Screen title="通通办 · 昭通">
      <SearchEntry route="/pages/services/index" />
      <HomeShortcuts shortcuts={SHORTCUTS} />
      <OffHoursNotice />
      <HotlineCard />
    </Screen>
  )
}
