import { Text, View } from '@tarojs/components'
import type { TimelineEvent } from '@contract/api/cases'
import { PAUSE_NOTE, timelineSteps } from '../model/timeline'

/** The platform's record of the case, newest first, each step with who did it and what they said. */
export function Timeline(props: { events: readonly TimelineEvent[]; today: string }) {
  return (
    <View className="timeline">
      {timelineSteps(props.events, props.today).map((step) => (
        <View key={step.key} className={`timeline__step${step.current ? ' timeline__step--current' : ''}`}>
          <Text className="timeline__node">
            {step.current ? '当前：' : ''}
            {step.node}
          </Text>
          {step.pausesClock ? <Text className="secondary">{PAUSE_NOTE}</Text> : null}
          <Text className="secondary">
            {step.when} · {step.department}
          </Text>
          <Text>{step.note}</Text>
        </View>
      ))}
    </View>
  )
}
