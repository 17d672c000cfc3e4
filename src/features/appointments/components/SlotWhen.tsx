import './myAppointments.scss'
import { Text, View } from '@tarojs/components'
import { whenParts } from '../model/time'

/**
 * 11月23日 周一 18:00–20:00 where a line may wrap: the break falls between the day and the time, and the time
 * range moves to the next line whole — never "18:00–" on one line and "20:00" on the next (长辈版, a narrow
 * phone, WeChat's larger text). `prefix` (原预约：) leads the line; `suffix` (晚间延时) follows on the same terms.
 */
export function SlotWhen(props: {
  slot: { start: string; end: string }
  today?: string
  prefix?: string
  suffix?: string
  className?: string
}) {
  const { day, time } = whenParts(props.slot, props.today)
  return (
    <View className={props.className ? `slot-when ${props.className}` : 'slot-when'}>
      {props.prefix ? <Text>{props.prefix}</Text> : null}
      <Text>{day}</Text> <Text className="slot-when__time">{time}</Text>
      {props.suffix ? (
        <>
          {' '}
          <Text className="slot-when__period">{props.suffix}</Text>
        </>
      ) : null}
    </View>
  )
}
