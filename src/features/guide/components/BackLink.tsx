import { Text } from '@tarojs/components'
import { a11y } from '@/shared/ui/a11y'

/** 返回 inside a page that shows its steps in place (the question flow): one step back, not one page. */
export function BackLink(props: { onClick: () => void; label?: string }) {
  return (
    <Text className="back-link tap" onClick={props.onClick} {...a11y({ role: 'button' })}>
      {`‹ ${props.label ?? '返回'}`}
    </Text>
  )
}
