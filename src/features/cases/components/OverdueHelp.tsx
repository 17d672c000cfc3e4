import { Text, View } from '@tarojs/components'
import type { CaseDetail } from '@contract/api/cases'
import { HOTLINE_12345 } from '@/features/home'
import { openRoute } from '@/shared/platform/navigation'
import { callPhone } from '@/shared/platform/phone'
import { ROUTES, withQuery } from '@/shared/routes'
import { CardTitle } from '@/shared/ui/CardTitle'
import { Button } from '@/shared/ui/nutui'

/** 办不成事反映 about this case: the form shows which case it is about and sends its id. */
export const caseFeedbackRoute = (caseId: string) => withQuery(ROUTES.feedback, { caseId })

/**
 * A case past its 承诺时限: what that means and what the citizen can do, each with the app's own way to do
 * it — call whoever handles it, 办不成事反映 with this case attached, 12345.
 */
export function OverdueHelp(props: { detail: CaseDetail }) {
  const { detail } = props
  const office = detail.hall?.name ?? '办理窗口'
  // Without a hall the platform gives 12345 as the contact: offered once, below.
  const officePhone = detail.contactPhone !== HOTLINE_12345 ? detail.contactPhone : null
  return (
    <View className="card case-actions">
      <CardTitle>已超期，您可以这样做</CardTitle>
      <Text>办理部门没有在承诺的时间内办完这件事。您可以：</Text>
      {officePhone ? (
        <>
          <Text>打电话问{office}：办到哪一步了，还要多久。</Text>
          <Button className="tap" type="default" block onClick={() => callPhone(officePhone)}>
            拨打 {officePhone}
          </Button>
        </>
      ) : null}
      <Text>反映“办不成事”：这件办件会附在反映里，由12345交给责任部门处理并回复您。</Text>
      <Button
        className="tap"
        type="default"
        block
        onClick={() => openRoute(caseFeedbackRoute(detail.caseId))}
      >
        反映这件办件超期
      </Button>
      <Text>也可以拨打12345政务服务便民热线催办，24小时有人接听。</Text>
      <Button className="tap" type="default" block onClick={() => callPhone(HOTLINE_12345)}>
        拨打 {HOTLINE_12345}
      </Button>
    </View>
  )
}
