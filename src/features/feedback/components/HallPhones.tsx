import { Text, View } from '@tarojs/components'
import { useHalls } from '@/shared/api/halls'
import { callPhone } from '@/shared/platform/phone'
import { CardTitle } from '@/shared/ui/CardTitle'
import { Button } from '@/shared/ui/nutui'
import { ErrorView, LoadingView } from '@/shared/ui/StatusView'
import './feedback.scss'

/** Every hall's 咨询电话, one tap to call: when a person at the hall can sort it out faster. */
export function HallPhones() {
  const halls = useHalls()
  if (halls.isError && !halls.data)
    return <ErrorView error={halls.error} onRetry={() => void halls.refetch()} />
  if (!halls.data) return <LoadingView />
  return (
    <View className="card">
      <CardTitle>各政务服务大厅电话</CardTitle>
      {halls.data.items.map((hall) => (
        <View key={hall.id} className="feedback-hall-phone">
          <Text>{hall.name}</Text>
          <Button
            className="tap"
            type="primary"
            fill="outline"
            size="small"
            onClick={() => callPhone(hall.phone)}
          >
            拨打 {hall.phone}
          </Button>
        </View>
      ))}
    </View>
  )
}
