import { Text, View } from '@tarojs/components'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'

/**
 * "Are you sure?" in the page itself rather than a system modal: it reads like the rest of the page (长辈版
 * sizes, screen readers) on weapp and H5 alike, and the citizen can scroll to check before answering.
 */
export function ConfirmPanel(props: {
  title: string
  detail: string
  confirmLabel: string
  cancelLabel: string
  danger?: boolean
  busy?: boolean
  onConfirm: () => void
  onCancel: () => void
}) {
  return (
    <View
      className={`notice${props.danger ? ' notice--danger' : ''}`}
      {...a11y({ role: 'alertdialog', label: props.title })}
    >
      <Text className="notice__title">{props.title}</Text>
      <Text>{props.detail}</Text>
      <View className="ticket-actions confirm-panel__actions">
        <Button
          className="tap"
          type={props.danger ? 'danger' : 'primary'}
          block
          loading={props.busy}
          disabled={props.busy}
          onClick={props.onConfirm}
        >
          {props.confirmLabel}
        </Button>
        <Button className="tap" type="default" block disabled={props.busy} onClick={props.onCancel}>
          {props.cancelLabel}
        </Button>
      </View>
    </View>
  )
}
