import './home.scss'
import { Text, View } from '@tarojs/components'

/** Citizens who work office hours need to know first that the hall opens when they can come. */
export function OffHoursNotice() {
  return (
    <View className="card off-hours">
      <Text className="section-title">上班没空？错时、延时也能办</Text>
      <Text className="off-hours__line">工作日午间 12:00–14:30 不打烊</Text>
      <Text className="off-hours__line">工作日晚间延时至 20:00</Text>
      <Text className="off-hours__line">周末、节假日可预约办理</Text>
    </View>
  )
}
