import { Text } from '@tarojs/components'
import { messageOf } from '@/shared/api/errors'
import { showToast } from '@/shared/platform/feedback'
import { isWeapp } from '@/shared/platform/env'
import { Button } from '@/shared/ui/nutui'
import { useSubscribeStatus } from '../api/subscribeStatus'

/** 办理进度有变化时提醒我: a one-time WeChat message (asked from this tap), or an SMS on H5. */
export function SubscribeButton(props: { caseId: string; subscribed: boolean }) {
  const subscribe = useSubscribeStatus()
  if (props.subscribed) {
    return (
      <Text className="secondary">已订阅：办理状态有变化时会{isWeapp ? '发微信消息' : '发短信'}告诉您。</Text>
    )
  }
  return (
    <Button
      className="tap"
      type="primary"
      fill="outline"
      block
      loading={subscribe.isPending}
      onClick={() =>
        subscribe.mutate(props.caseId, {
          onSuccess: () => showToast('已订阅，状态变化时会通知您'),
          onError: (error) => showToast(messageOf(error)),
        })
      }
    >
      办理进度有变化时提醒我
    </Button>
  )
}
