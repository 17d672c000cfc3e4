import { Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh, useReachBottom } from '@tarojs/taro'
import { useState } from 'react'
import { shanghaiDate } from '@contract/rules/calendar'
import { openRoute } from '@/shared/platform/navigation'
import { stopPullDownRefresh } from '@/shared/platform/refresh'
import { ROUTES } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { EmptyView, ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { useCaseList } from '../api/listCases'
import { CASE_FILTERS, filterById, mergePages } from '../model/filters'
import { CaseCard } from './CaseCard'
import './cases.scss'

/**
 * 我的办件: chips by status, then the cases with the most recent activity first. Pages of 20 load as the
 * citizen scrolls (or taps 加载更多), so a long history never renders at once; Taro sends only the changed
 * nodes through setData on weapp. Pulling down, coming back to the page and the app returning to the
 * foreground all refresh.
 */
export function CaseList() {
  const [filterId, setFilterId] = useState(CASE_FILTERS[0].id)
  const filter = filterById(filterId)
  const list = useCaseList(filter)
  const more = () => {
    if (list.hasNextPage && !list.isFetchingNextPage) void list.fetchNextPage()
  }

  useDidShow(() => {
    if (list.isFetched) void list.refetch()
  })
  usePullDownRefresh(() => {
    void list.refetch().finally(stopPullDownRefresh)
  })
  useReachBottom(more)

  const today = shanghaiDate(Date.now())
  const items = list.data ? mergePages(list.data.pages) : []

  return (
    <View>
      <View className="case-filters" {...a11y({ role: 'radiogroup', label: '按办理状态查看' })}>
        {CASE_FILTERS.map((f) => (
          <View
            key={f.id}
            className={`case-filter tap${f.id === filter.id ? ' case-filter--on' : ''}`}
            onClick={() => setFilterId(f.id)}
            {...a11y({ role: 'radio', label: f.label, checked: f.id === filter.id })}
          >
            {f.label}
          </View>
        ))}
      </View>

      {list.isError && !list.data ? (
        <ErrorView error={list.error} onRetry={() => void list.refetch()} />
      ) : !list.data ? (
        <LoadingView label="正在查询您的办件…" />
      ) : items.length === 0 ? (
        <EmptyView
          message={
            filter.statuses
              ? `没有“${filter.label}”的办件。`
              : '还没有办件。在通通办提交申请，或在大厅窗口办理后，办件会显示在这里。'
          }
          action={
            filter.statuses ? undefined : { label: '去办事', onClick: () => openRoute(ROUTES.services) }
          }
        />
      ) : (
        <View>
          {items.map((item) => (
            <CaseCard key={item.caseId} item={item} today={today} />
          ))}
          {list.hasNextPage ? (
            <Button
              className="tap case-more"
              type="default"
              block
              loading={list.isFetchingNextPage}
              onClick={more}
            >
              {list.isFetchingNextPage ? '正在加载…' : '加载更多'}
            </Button>
          ) : (
            <Text className="secondary case-more">共{items.length}件，已全部显示</Text>
          )}
          {list.isError ? <ErrorView error={list.error} onRetry={() => void list.refetch()} /> : null}
        </View>
      )}
    </View>
  )
}
