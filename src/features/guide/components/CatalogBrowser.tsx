import './catalog.scss'
import { Text, View } from '@tarojs/components'
import { useMemo, useState } from 'react'
import { a11y } from '@/shared/ui/a11y'
import { SectionTitle } from './Headings'
import { ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { useCatalogIndex } from '../api/getCatalogIndex'
import { byPopularity, shelvesByDepartment, shelvesByTopic, type CatalogShelf } from '../model/catalogViews'
import { EntryRow } from './EntryRow'

type BrowseMode = 'topic' | 'department'
const MODES: Array<{ mode: BrowseMode; label: string }> = [
  { mode: 'topic', label: '按主题' },
  { mode: 'department', label: '按部门' },
]
const BUNDLES_AT_FIRST = 5

/**
 * The 办事 tab's catalog for citizens who would rather look than type: every 一件事 first, then services by
 * topic or by department. One shelf is open at a time, so the page stays short on a small phone.
 */
export function CatalogBrowser() {
  const index = useCatalogIndex()
  const [mode, setMode] = useState<BrowseMode>('topic')
  const [openShelf, setOpenShelf] = useState<string | null>(null)
  const [allBundles, setAllBundles] = useState(false)

  const entries = index.data?.entries
  const bundles = useMemo(
    () => (entries ?? []).filter((e) => e.kind === 'bundle').sort(byPopularity),
    [entries],
  )
  const shelves = useMemo(
    () => (mode === 'topic' ? shelvesByTopic(entries ?? []) : shelvesByDepartment(entries ?? [])),
    [entries, mode],
  )

  if (!index.data) {
    return index.isError ? (
      <ErrorView error={index.error} onRetry={() => void index.refetch()} />
    ) : (
      <LoadingView label="正在加载服务目录…" />
    )
  }

  const shownBundles = allBundles ? bundles : bundles.slice(0, BUNDLES_AT_FIRST)
  return (
    <View className="catalog-browser">
      <SectionTitle>{`“一件事”一次办成（${bundles.length} 个）`}</SectionTitle>
      <View className="card card--list">
        {shownBundles.map((bundle) => (
          <EntryRow key={bundle.id} {...bundle} />
        ))}
        {bundles.length > BUNDLES_AT_FIRST ? (
          <View
            className="list-toggle tap"
            onClick={() => setAllBundles(!allBundles)}
            {...a11y({ role: 'button' })}
          >
            {allBundles ? '收起' : `查看全部 ${bundles.length} 个“一件事”`}
          </View>
        ) : null}
      </View>

      <SectionTitle>{`全部服务（${entries?.length ?? 0} 项）`}</SectionTitle>
      <View className="segmented" {...a11y({ role: 'radiogroup', label: '浏览方式' })}>
        {MODES.map((option) => (
          <View
            key={option.mode}
            className={`segmented__option tap${mode === option.mode ? ' segmented__option--on' : ''}`}
            onClick={() => {
              setMode(option.mode)
              setOpenShelf(null)
            }}
            {...a11y({ role: 'radio', checked: mode === option.mode })}
          >
            {option.label}
          </View>
        ))}
      </View>
      <View className="card card--list">
        {shelves.map((shelf) => (
          <Shelf
            key={shelf.title}
            shelf={shelf}
            open={openShelf === shelf.title}
            onToggle={() => setOpenShelf(openShelf === shelf.title ? null : shelf.title)}
          />
        ))}
      </View>
    </View>
  )
}

function Shelf(props: { shelf: CatalogShelf; open: boolean; onToggle: () => void }) {
  const { shelf, open } = props
  return (
    <View className="shelf">
      <View className="shelf__header tap" onClick={props.onToggle} {...a11y({ role: 'button' })}>
        <Text className="shelf__title">{shelf.title}</Text>
        <Text className="shelf__count">
          {shelf.entries.length} 项 {open ? '收起' : '展开'}
        </Text>
      </View>
      {open ? (
        <View className="shelf__entries">
          {shelf.entries.map((entry) => (
            <EntryRow key={entry.id} {...entry} />
          ))}
        </View>
      ) : null}
    </View>
  )
}
