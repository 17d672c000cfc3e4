import './home.scss'
import { Text, View } from '@tarojs/components'
import { callPhone } from '@/shared/platform/phone'
import { Button } from '@/shared/ui/nutui'

export const HOTLINE_12345 = '12345'

/** When the app cannot help, a person can: 12345 answers 24 hours a day. */
export function HotlineCard() {
  return (
    <View className="card hotline">
      <Text className="section-title">办不成事？找 12345</Text>
      <Text className="secondary">12345 政务服务便民热线 24 小时接听，咨询、求助、投诉都可以。</Text>
      <Button
        className="tap primary-action"
        type="primary"
        fill="outline"
        block
        onClick={() => callPhone(HOTLINE_12345)}
      >
        拨打 12345
      </Button>
    </View>
  )
}
