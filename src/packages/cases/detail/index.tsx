import { useRouter } from '@tarojs/taro'
import { CaseDetail } from '@/features/cases'
import { useSignedInPage } from '@/shared/auth/useSignedInPage'
import { Screen } from '@/shared/ui/Screen'

export default function CaseDetailPage() {
  const { params } = useRouter()
  const signedIn = useSignedInPage()
  return <Screen title="办件详情">{signedIn ? <CaseDetail caseId={params.id} /> : null}</Screen>
}
