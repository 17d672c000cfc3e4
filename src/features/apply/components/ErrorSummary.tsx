import { Text, View } from '@tarojs/components'
import { a11y } from '@/shared/ui/a11y'

/** GOV.UK error summary: every problem on the page listed at the top, announced at once. */
export function ErrorSummary(props: { messages: string[] }) {
  if (props.messages.length === 0) return null
  return (
    <View className="error-summary" {...a11y({ role: 'alert' })}>
      <Text className="error-summary__title">{`有${props.messages.length}处需要修改`}</Text>
      {props.messages.map((message, i) => (
        <Text key={i} className="error-summary__item">
          {`! ${message}`}
        </Text>
      ))}
    </View>
  )
}
