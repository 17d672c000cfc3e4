import { useRouter } from '@tarojs/taro'
import { HotlineCard } from '@/features/home'
import { GuideSearch } from '@/features/guide/subpackage'
import { Screen } from '@/shared/ui/Screen'

/** Taro hands H5 query values over still percent-encoded; weapp may already have decoded them. */
function decodedParam(value: string | undefined): string | undefined {
  try {
    return value === undefined ? undefined : decodeURIComponent(value)
  } catch {
    return value
  }
}

export default function GuideSearchPage() {
  const { params } = useRouter()
  return (
    <Screen>
      <GuideSearch initialQuery={decodedParam(params.q)} notFoundHelp={<HotlineCard />} />
    </Screen>
  )
}
