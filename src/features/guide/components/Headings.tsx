import { Text, View } from '@tarojs/components'
import { a11y } from '@/shared/ui/a11y'

/** The page's one level-1 heading, for pages whose title comes with their data (an item's name). */
export function PageTitle(props: { children: string }) {
  return (
    <View className="screen__title" {...a11y({ role: 'heading' })} aria-level={1}>
      {props.children}
    </View>
  )
}

/** A level-2 heading under the page title, so screen readers can jump between sections. */
export function SectionTitle(props: { children: string }) {
  return (
    <Text className="section-title" {...a11y({ role: 'heading' })} aria-level={2}>
      {props.children}
    </Text>
  )
}
