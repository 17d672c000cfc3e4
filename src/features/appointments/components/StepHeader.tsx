import { Text, View } from '@tarojs/components'
import { a11y } from '@/shared/ui/a11y'
import { BOOKING_STEPS, type BookingStep, stepNumber } from '../model/bookingFlow'
import { tappable } from './tappable'

/** 第2步，共4步 · 选择大厅 · 上一步 — where the citizen is, and the way back. */
export function StepHeader(props: { step: BookingStep; onBack?: () => void }) {
  const title = BOOKING_STEPS.find((s) => s.step === props.step)?.title ?? ''
  return (
    <View className="booking-step">
      <Text className="booking-step__count">
        第{stepNumber(props.step)}步，共{BOOKING_STEPS.length}步
      </Text>
      <View className="booking-step__title" {...a11y({ role: 'heading' })} aria-level={2}>
        {title}
      </View>
      {props.onBack ? (
        <View className="link-action tap" onClick={props.onBack} {...tappable('button', '上一步')}>
          ‹ 上一步
        </View>
      ) : null}
    </View>
  )
}
