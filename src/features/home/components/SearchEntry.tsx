import './home.scss'
import { Text, View } from '@tarojs/components'
import { openRoute } from '@/shared/platform/navigation'
import { a11y } from '@/shared/ui/a11y'

/** Looks like a search box; opens the search page, where typing starts at once. */
export function SearchEntry(props: { route: string }) {
  return (
    <View
      className="search-entry tap"
      onClick={() => openRoute(props.route)}
      {...a11y({ role: 'search', label: '搜索办事服务' })}
    >
      <Text className="search-entry__text">搜索：说说要办什么</Text>
    </View>
  )
}
