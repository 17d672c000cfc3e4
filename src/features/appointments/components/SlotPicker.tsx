import { Text, View } from '@tarojs/components'
import type { Slot } from '@contract/api/appointments'
import type { BookingDay } from '../model/days'
import { placesText, slotGroups } from '../model/slots'
import { timeRange } from '../model/time'
import { tappable } from './tappable'

function SlotButton(props: { slot: Slot; current: boolean; onChoose: (slot: Slot) => void }) {
  const { slot, current } = props
  const hours = timeRange(slot.start, slot.end)
  const choosable = slot.remaining > 0 && !current
  const places = current ? '您现在预约的时段' : placesText(slot.remaining)
  const className = `slot${choosable ? ' tap' : ' slot--full'}${current ? ' slot--current' : ''}`
  return (
    <View
      className={className}
      onClick={choosable ? () => props.onChoose(slot) : undefined}
      {...tappable('button', `${hours}，${places}`)}
      aria-disabled={choosable ? undefined : 'true'}
    >
      <Text className="slot__time">{hours}</Text>
      <Text className="slot__places">{places}</Text>
    </View>
  )
}

/** One day's slots by period (工作时间, 午间不打烊, 晚间延时…), each with the places left. */
export function SlotPicker(props: {
  day: BookingDay
  slots: readonly Slot[]
  currentSlotId?: string
  onChoose: (slot: Slot) => void
}) {
  const { day } = props
  if (day.kind === 'unknown') {
    return (
      <Text className="notice">
        {day.date.slice(0, 4)}年的节假日安排还没有公布，暂时不能预约这一天。公布后即可预约，请先选择其他日期。
      </Text>
    )
  }
  const groups = slotGroups(props.slots, day.date)
  if (groups.length === 0) {
    return <Text className="notice">{day.monthDay}大厅不办理这项预约，请选择其他日期。</Text>
  }
  return (
    <View>
      {groups.map((group) => (
        <View key={`${group.title}${group.hours}`} className="slot-group">
          <Text className="slot-group__title">
            {group.title} {group.hours}
          </Text>
          <View className="slot-group__list">
            {group.slots.map((slot) => (
              <SlotButton
                key={slot.slotId}
                slot={slot}
                current={slot.slotId === props.currentSlotId}
                onChoose={props.onChoose}
              />
            ))}
          </View>
        </View>
      ))}
    </View>
  )
}
