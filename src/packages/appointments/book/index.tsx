import { useRouter } from '@tarojs/taro'
import { BookingFlow } from '@/features/appointments/booking'
import { Screen } from '@/shared/ui/Screen'

/** ?serviceId=<itemId>&hallId=<hallId>&slotId=<slotId>, each optional: the flow starts at what is missing. */
export default function BookPage() {
  const { params } = useRouter()
  return (
    <Screen title="预约办事">
      <BookingFlow serviceId={params.serviceId} hallId={params.hallId} slotId={params.slotId} />
    </Screen>
  )
}
