import { HotlineCard, SearchEntry } from '@/features/home'
import { CatalogBrowser } from '@/features/guide'
import { ROUTES } from '@/shared/routes'
import { Screen } from '@/shared/ui/Screen'

export default function ServicesPage() {
  return (
    <Screen title="办事">
      <SearchEntry route={ROUTES.guideSearch} />
      <CatalogBrowser />
      <HotlineCard />
    </Screen>
  )
}
