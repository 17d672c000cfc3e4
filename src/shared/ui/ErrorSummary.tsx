import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y } from './a11y'

/**
 * GOV.UK error summary: every problem on the page listed at the top, announced at once. Each problem is an
 * `error-summary__item` (a message, optionally with a link to where it is fixed). Styled in screen.scss.
 */
export function ErrorSummary(props: { title?: string; children: ReactNode }) {
  return (
    <View className="error-summary" {...a11y({ role: 'alert' })}>
      {props.title ? <Text className="error-summary__title">{props.title}</Text> : null}
      {props.children}
    </View>
  )
}
