import './guide.scss'
import { Text, View } from '@tarojs/components'

/** Label–value pairs at the top of a guide or checklist: how long, how many trips, what it costs, where. */
export function Facts(props: { facts: Array<{ label: string; value: string }> }) {
  return (
    <View className="facts">
      {props.facts.map((fact) => (
        <View key={fact.label} className="fact">
          <Text className="fact__label">{fact.label}</Text>
          <Text className="fact__value">{fact.value}</Text>
        </View>
      ))}
    </View>
  )
}
