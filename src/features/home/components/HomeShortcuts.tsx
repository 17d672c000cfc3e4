import './home.scss'
import { Text, View } from '@tarojs/components'
import { openRoute } from '@/shared/platform/navigation'
import { a11y } from '@/shared/ui/a11y'

export interface Shortcut {
  label: string
  hint: string
  route: string
}

/** Big, labelled tiles: words first, no icon-only buttons (elder mode and screen readers). */
export function HomeShortcuts(props: { shortcuts: Shortcut[] }) {
  return (
    <View className="shortcuts">
      {props.shortcuts.map((shortcut) => (
        <View
          key={shortcut.route}
          className="shortcut tap"
          onClick={() => openRoute(shortcut.route)}
          {...a11y({ role: 'link', label: `${shortcut.label}，${shortcut.hint}` })}
        >
          <Text className="shortcut__label">{shortcut.label}</Text>
          <Text className="shortcut__hint">{shortcut.hint}</Text>
        </View>
      ))}
    </View>
  )
}
