import { useRouter } from '@tarojs/taro'
import { ItemGuideView } from '@/features/guide/subpackage'
import { Screen } from '@/shared/ui/Screen'

export default function GuideItemPage() {
  const { params } = useRouter()
  return (
    <Screen>
      <ItemGuideView itemId={params.id} />
    </Screen>
  )
}
