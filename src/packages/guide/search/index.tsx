import { useRouter } from '@tarojs/taro'
import { HotlineCard } from '@/features/home'
import { GuideSearch } from '@/features/guide/subpackage'
import { Screen } from '@/shared/ui/Screen'

export default function GuideSearchPage() {
  const { params } = useRouter()
  return (
    <Screen>
      <GuideSearch initialQuery={params.q} notFoundHelp={<HotlineCard />} />
    </Screen>
  )
}
