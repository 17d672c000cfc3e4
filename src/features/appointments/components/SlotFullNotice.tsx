import { Text, View } from '@tarojs/components'
import type { Slot } from '@contract/api/appointments'
import { a11y } from '@/shared/ui/a11y'
import { slotSentence } from '../model/slots'
import { tappable } from './tappable'

/**
 * Someone took the last place while the citizen was confirming: say so plainly and offer the nearest free
 * slots as one-tap choices (the list underneath has been refreshed too).
 */
export function SlotFullNotice(props: {
  message: string
  alternatives: Slot[]
  today?: string
  onChoose: (slot: Slot) => void
}) {
  return (
    <View className="notice notice--danger" {...a11y({ role: 'alert' })}>
      <Text className="notice__title">{props.message}</Text>
      {props.alternatives.length > 0 ? (
        <View>
          <Text>离您选的时间最近、还有名额的时段：</Text>
          {props.alternatives.map((slot) => {
            const sentence = slotSentence(slot, props.today)
            return (
              <View
                key={slot.slotId}
                className="choice tap"
                onClick={() => props.onChoose(slot)}
                {...tappable('button', `改选${sentence}`)}
              >
                <Text className="choice__title">{sentence}</Text>
              </View>
            )
          })}
        </View>
      ) : (
        <Text>这几天这个大厅都约满了，可以换一个大厅，或过几天再来看看。</Text>
      )}
    </View>
  )
}
