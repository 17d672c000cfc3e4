import { useRouter } from '@tarojs/taro'
import { ApplyDonePage } from '@/features/apply'
import { Screen } from '@/shared/ui/Screen'

export default function ApplyDone() {
  const { params } = useRouter()
  return (
    <Screen>
      <ApplyDonePage applicationId={params.id ?? ''} />
    </Screen>
  )
}
