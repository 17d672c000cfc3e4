import { Text } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { CaseBrief } from '@/features/cases'
import { FeedbackForm, HallPhones } from '@/features/feedback'
import { HotlineCard } from '@/features/home'
import { useSignedInPage } from '@/shared/auth/useSignedInPage'
import { showToast } from '@/shared/platform/feedback'
import { openRoute, replaceRoute } from '@/shared/platform/navigation'
import { ROUTES } from '@/shared/routes'
import { Button } from '@/shared/ui/nutui'
import { Screen } from '@/shared/ui/Screen'
import '../pages.scss'

export default function FeedbackPage() {
  const { params } = useRouter()
  const signedIn = useSignedInPage()
  return (
    <Screen title="办不成事反映">
      <Text className="secondary page-intro">
        办事遇到卡点、推诿或不合理的要求，告诉我们。12345 会交办到责任部门，处理结果会回复您。
      </Text>
      <HotlineCard />
      {signedIn ? (
        <>
          {params.caseId ? <CaseBrief caseId={params.caseId} /> : null}
          <FeedbackForm
            caseId={params.caseId}
            onFiled={(ticket) => {
              showToast(`已提交，工单号 ${ticket.ticketNo}`)
              replaceRoute(ROUTES.feedbackTickets)
            }}
          />
          <Button
            className="tap primary-action"
            type="default"
            block
            onClick={() => openRoute(ROUTES.feedbackTickets)}
          >
            查看我的反映
          </Button>
        </>
      ) : null}
      <HallPhones />
    </Screen>
  )
}
