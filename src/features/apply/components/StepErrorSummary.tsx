import { Text } from '@tarojs/components'
import { ErrorSummary } from '@/shared/ui/ErrorSummary'

/** The problems a step found, counted in the title. */
export function StepErrorSummary(props: { messages: string[] }) {
  if (props.messages.length === 0) return null
  return (
    <ErrorSummary title={`有${props.messages.length}处需要修改`}>
      {props.messages.map((message, i) => (
        <Text key={i} className="error-summary__item">
          {`! ${message}`}
        </Text>
      ))}
    </ErrorSummary>
  )
}
