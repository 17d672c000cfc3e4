import './catalog.scss'
import { Text, View } from '@tarojs/components'
import type { TargetKind } from '@contract/api/catalog'
import { openRoute } from '@/shared/platform/navigation'
import { a11y } from '@/shared/ui/a11y'
import type { TextSegment } from '../model/catalogViews'
import { KIND_LABELS, entryRoute } from './entryRoute'

export interface EntryRowProps {
  id: string
  kind: TargetKind
  name: string
  department: string
  /** The name split into matched (bold) and plain runs; absent = the plain name. */
  segments?: TextSegment[]
  onOpen?: () => void
}

/**
 * One service in a list: its name, who runs it, and whether it is a 一件事 or a single item (in words). Its
 * accessible name is that visible text, in that order.
 */
export function EntryRow(props: EntryRowProps) {
  const kindLabel = KIND_LABELS[props.kind]
  return (
    <View
      className="entry-row tap"
      onClick={() => {
        props.onOpen?.()
        openRoute(entryRoute(props))
      }}
      {...a11y({ role: 'link' })}
    >
      <View className="entry-row__main">
        <Text className="entry-row__name">
          {(props.segments ?? [{ text: props.name, highlighted: false }]).map((segment, index) => (
            <Text key={index} className={segment.highlighted ? 'entry-row__match' : undefined}>
              {segment.text}
            </Text>
          ))}
        </Text>
        <Text className="entry-row__department">{props.department}</Text>
      </View>
      <Text className={`kind-badge kind-badge--${props.kind}`}>{kindLabel}</Text>
    </View>
  )
}
