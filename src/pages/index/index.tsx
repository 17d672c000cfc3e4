import { HomeShortcuts, HotlineCard, OffHoursNotice, SearchEntry, type Shortcut } from '@/features/home'
import { HotBundles, RecentSearches, useRecentSearches } from '@/features/guide'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES, withQuery } from '@/shared/routes'
import { Screen } from '@/shared/ui/Screen'

const SHORTCUTS: Shortcut[] = [
  { label: '找服务', hint: '按事情找，不用记名称', route: ROUTES.services },
  { label: '预约办理', hint: '午间、晚上、周末都能约', route: ROUTES.appointments },
  { label: '实名认证', hint: '认证后办事自动填表', route: '/packages/account/realname/index' },
  { label: '长辈版', hint: '大字大按钮', route: ROUTES.me },
]

export default function HomePage() {
  const { recent } = useRecentSearches()
  return (
    <Screen title="通通办 · 昭通">
      <SearchEntry route={ROUTES.guideSearch} />
      <RecentSearches recent={recent} onPick={(q) => openRoute(withQuery(ROUTES.guideSearch, { q }))} />
      <HotBundles limit={6} />
      <HomeShortcuts shortcuts={SHORTCUTS} />
      <OffHoursNotice />
      <HotlineCard />
    </Screen>
  )
}
