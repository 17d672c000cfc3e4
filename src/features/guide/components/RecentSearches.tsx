import './catalog.scss'
import { Text, View } from '@tarojs/components'
import { a11y } from '@/shared/ui/a11y'
import { TextAction } from '@/shared/ui/TextAction'
import { SectionTitle } from './Headings'

/** Searches made on this device, newest first; tapping one searches again. */
export function RecentSearches(props: {
  recent: string[]
  onPick: (query: string) => void
  onClear?: () => void
}) {
  if (props.recent.length === 0) return null
  return (
    <View className="recent-searches">
      <View className="recent-searches__header">
        <SectionTitle>最近搜过</SectionTitle>
        {props.onClear ? (
          <TextAction label="清除最近搜索" onClick={props.onClear}>
            清除
          </TextAction>
        ) : null}
      </View>
      <View className="chips">
        {props.recent.map((query) => (
          <View
            key={query}
            className="chip chip--plain tap"
            onClick={() => props.onPick(query)}
            {...a11y({ role: 'button', label: `搜索：${query}` })}
          >
            <Text>{query}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
