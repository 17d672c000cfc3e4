import './guide.scss'
import { Input, Text, View } from '@tarojs/components'
import { useMemo, useState, type ReactNode } from 'react'
import { isWeapp } from '@/shared/platform/env'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { useCatalogIndex } from '../api/getCatalogIndex'
import { useServerSearch } from '../api/searchCatalogOnServer'
import { highlightSegments } from '../model/catalogViews'
import { looksPersonal, normalizeQuery } from '../model/recentSearches'
import { EntryRow, type EntryRowProps } from './EntryRow'
import { HotBundles } from './HotBundles'
import { RecentSearches } from './RecentSearches'
import { createSearchIndex, searchCatalog } from '../model/search'
import { useDebouncedValue } from './useDebouncedValue'
import { useRecentSearches } from './useRecentSearches'

/** Few enough rows that every keystroke re-renders at once on a cheap phone; the best ones come first. */
export const MAX_RESULTS = 20
const DEBOUNCE_MS = 120
const INPUT_ID = 'guide-search-input'
const LABEL = '说说您要办什么'

/**
 * Search as you type over the catalog kept on the device; while it is not there yet (first start), the
 * platform's search answers instead. `notFoundHelp` is what the page offers when nothing matches.
 */
export function GuideSearch(props: { initialQuery?: string; notFoundHelp: ReactNode }) {
  const [text, setText] = useState(props.initialQuery ?? '')
  const query = useDebouncedValue(normalizeQuery(text), DEBOUNCE_MS)
  const index = useCatalogIndex()
  const engine = useMemo(() => (index.data ? createSearchIndex(index.data.entries) : undefined), [index.data])
  // A number typed here (a phone, an ID, a case number) stays on the phone: the platform's search never sees it.
  const personal = looksPersonal(query)
  const server = useServerSearch(query, MAX_RESULTS, engine === undefined && !personal)
  const { recent, remember, clear } = useRecentSearches()

  const rows: EntryRowProps[] | undefined = useMemo(() => {
    if (!query) return []
    if (engine) {
      return searchCatalog(engine, query, { limit: MAX_RESULTS }).map((hit) => ({
        ...hit,
        segments: highlightSegments(hit.name, hit.highlights),
      }))
    }
    if (personal) return []
    return server.data?.results.slice(0, MAX_RESULTS)
  }, [engine, personal, query, server.data])

  const labelProps = isWeapp
    ? { ariaLabel: LABEL }
    : { nativeProps: { id: INPUT_ID, 'aria-label': LABEL, autocomplete: 'off', enterkeyhint: 'search' } }

  return (
    <View className="guide-search">
      <View className="search-box" {...a11y({ role: 'search' })}>
        <Text className="search-box__label">{LABEL}</Text>
        <View className="search-box__field">
          <Input
            className="search-box__input tap"
            value={text}
            focus
            confirmType="search"
            maxlength={50}
            placeholder="如：生孩子、驾照到期"
            onInput={(event) => setText(event.detail.value)}
            onConfirm={() => remember(text)}
            {...(labelProps as Record<string, unknown>)}
          />
          {text ? (
            <Text
              className="search-box__clear tap"
              onClick={() => setText('')}
              {...a11y({ role: 'button', label: '清空输入' })}
            >
              清空
            </Text>
          ) : null}
        </View>
      </View>

      {personal ? <PersonalNumberNote /> : null}
      {!query ? (
        <View>
          <RecentSearches recent={recent} onPick={setText} onClear={clear} />
          <HotBundles limit={8} />
        </View>
      ) : rows === undefined ? (
        server.isError && !index.data ? (
          <ErrorView
            error={server.error}
            onRetry={() => {
              void index.refetch()
              void server.refetch()
            }}
          />
        ) : (
          <LoadingView label="正在搜索…" />
        )
      ) : rows.length === 0 ? (
        personal ? null : (
          <NotFound query={query}>{props.notFoundHelp}</NotFound>
        )
      ) : (
        <View>
          <Text className="search-count" {...a11y({ role: 'status' })}>
            {rows.length === MAX_RESULTS
              ? `最相关的 ${MAX_RESULTS} 个服务`
              : `找到 ${rows.length} 个相关服务`}
          </Text>
          <View className="card card--list">
            {rows.map((row) => (
              <EntryRow key={row.id} {...row} onOpen={() => remember(query)} />
            ))}
          </View>
        </View>
      )}
    </View>
  )
}

/** Someone typed a number, most likely to follow a case: say where that is done, without repeating it. */
function PersonalNumberNote() {
  return (
    <View className="card" {...a11y({ role: 'status' })}>
      <Text className="not-found__title">找服务不用输入证件号、手机号</Text>
      <Text className="secondary">
        说说要办什么事就行。要查办件进度，请用“办件查询”：输入办件编号和手机号后4位。
      </Text>
      <Button
        className="tap primary-action"
        type="primary"
        fill="outline"
        block
        onClick={() => openRoute(ROUTES.caseLookup)}
      >
        去办件查询
      </Button>
    </View>
  )
}

function NotFound(props: { query: string; children: ReactNode }) {
  return (
    <View className="not-found">
      <View className="card" {...a11y({ role: 'status' })}>
        <Text className="not-found__title">没有找到与“{props.query}”相关的服务</Text>
        <Text className="secondary">
          换个说法试试，比如“生孩子”“驾照到期”“退休”，或者到“办事”里按部门找。
        </Text>
        <Button
          className="tap primary-action"
          type="primary"
          fill="outline"
          block
          onClick={() => openRoute(ROUTES.services)}
        >
          去“办事”按部门找
        </Button>
      </View>
      <HotBundles limit={4} title="常办的“一件事”：一次办成" />
      {props.children}
    </View>
  )
}
