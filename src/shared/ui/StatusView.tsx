import { Text, View } from '@tarojs/components'
import { messageOf } from '../api/errors'
import { Button } from './nutui'
import { a11y } from './a11y'

/** Loading, error and empty states look and read the same on every page. */
export function LoadingView(props: { label?: string }) {
  return (
    <View className="status status--loading" {...a11y({ role: 'status' })}>
      <Text>{props.label ?? '正在加载…'}</Text>
    </View>
  )
}

export function ErrorView(props: { error: unknown; onRetry?: () => void }) {
  return (
    <View className="status status--error" {...a11y({ role: 'alert' })}>
      <Text className="status__message">{messageOf(props.error)}</Text>
      {props.onRetry ? (
        <Button className="tap" type="primary" fill="outline" onClick={props.onRetry}>
          重试
        </Button>
      ) : null}
    </View>
  )
}

export function EmptyView(props: { message: string; action?: { label: string; onClick: () => void } }) {
  return (
    <View className="status status--empty">
      <Text className="status__message">{props.message}</Text>
      {props.action ? (
        <Button className="tap" type="primary" onClick={props.action.onClick}>
          {props.action.label}
        </Button>
      ) : null}
    </View>
  )
}

/** A form-level message (not about one field): shown above the submit button, announced at once. */
export function FormError(props: { message: string | undefined }) {
  if (!props.message) return null
  return (
    <View className="form-error" {...a11y({ role: 'alert' })}>
      {props.message}
    </View>
  )
}
