import './catalog.scss'
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import { openRoute } from '@/shared/platform/navigation'
import { a11y } from '@/shared/ui/a11y'
import { SectionTitle } from './Headings'
import { useCatalogIndex } from '../api/getCatalogIndex'
import { hotBundles } from '../model/catalogViews'
import { entryRoute } from './entryRoute'

/**
 * The most requested 一件事, from the catalog index (kept on the device, else fetched). Until the index is
 * there, nothing: a hard-coded list would go stale without anyone noticing.
 */
export function HotBundles(props: { limit: number; title?: string }) {
  const index = useCatalogIndex()
  const bundles = useMemo(
    () => (index.data ? hotBundles(index.data.entries, props.limit) : []),
    [index.data, props.limit],
  )
  if (bundles.length === 0) return null
  return (
    <View className="hot-bundles">
      <SectionTitle>{props.title ?? '热门“一件事”：一次办成'}</SectionTitle>
      <View className="chips">
        {bundles.map((bundle) => (
          <View
            key={bundle.id}
            className="chip tap"
            onClick={() => openRoute(entryRoute(bundle))}
            {...a11y({ role: 'link', label: bundle.name })}
          >
            <Text>{bundle.name}</Text>
          </View>
        ))}
      </View>
    </View>
  )
}
