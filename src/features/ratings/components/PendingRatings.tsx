import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { type Rating } from '@contract/api/ratings'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES, withQuery } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { usePendingRatings } from '../api/getPendingRatings'
import { useMyRatings } from '../api/listMyRatings'
import { FOLLOW_UP_STATUS_WORDS, rateBeforeWords, ratedOnWords, ratingHeadline } from '../model/ratingWords'
import './ratings.scss'

const SUBJECT_WORDS = { case: '办件', appointment: '预约到大厅办理' } as const

const rateRoute = (subject: { type: string; id: string }) =>
  withQuery(ROUTES.rate, { type: subject.type, id: subject.id })

/** 待评价: finished cases and visits still open to rating, the window closing first on top. */
export function PendingRatings() {
  const pending = usePendingRatings()
  useDidShow(() => {
    if (pending.isFetched) void pending.refetch()
  })
  if (pending.isError && !pending.data) {
    return <ErrorView error={pending.error} onRetry={() => void pending.refetch()} />
  }
  if (!pending.data) return <LoadingView />
  if (pending.data.items.length === 0) {
    return <Text className="secondary">没有待评价的事项。办结的事和到大厅办理的预约会出现在这里。</Text>
  }
  return (
    <View>
      {pending.data.items.map((item) => (
        <View key={`${item.subject.type}:${item.subject.id}`} className="card rating-facts">
          <Text className="rating-headline">{item.title}</Text>
          <Text className="secondary">
            {SUBJECT_WORDS[item.subject.type]} · {item.department}
          </Text>
          <Text>{rateBeforeWords(item.rateBefore)}</Text>
          <Button
            className="tap primary-action"
            type="primary"
            block
            onClick={() => openRoute(rateRoute(item.subject))}
          >
            去评价
          </Button>
        </View>
      ))}
    </View>
  )
}

function RatingRow(props: { rating: Rating }) {
  const { rating } = props
  const followUp = rating.followUp
  return (
    <View
      className="card rating-row tap"
      onClick={() => openRoute(withQuery(ROUTES.ratingDetail, { id: rating.ratingId }))}
      {...a11y({
        role: 'link',
        label: `${rating.title}，${ratingHeadline(rating)}，${ratedOnWords(rating)}${followUp ? `，${FOLLOW_UP_STATUS_WORDS[followUp.status]}` : ''}`,
      })}
    >
      <Text className="rating-headline">{rating.title}</Text>
      <Text className="secondary">
        {SUBJECT_WORDS[rating.subject.type]} · {ratedOnWords(rating)}
      </Text>
      <Text>{ratingHeadline(rating)}</Text>
      {followUp ? (
        <Text
          className={`rating-status rating-status--${followUp.status === 'revisited' ? 'closed' : 'open'}`}
        >
          {FOLLOW_UP_STATUS_WORDS[followUp.status]}
        </Text>
      ) : null}
    </View>
  )
}

/** 我的评价: every rating, newest first, with the state of any 差评 follow-up. */
export function MyRatings() {
  const mine = useMyRatings()
  useDidShow(() => {
    if (mine.isFetched) void mine.refetch()
  })
  if (mine.isError && !mine.data) return <ErrorView error={mine.error} onRetry={() => void mine.refetch()} />
  if (!mine.data) return <LoadingView />
  const ratings = mine.data.pages.flatMap((page) => page.items)
  if (ratings.length === 0) return <Text className="secondary">还没有评价记录。</Text>
  return (
    <View>
      {ratings.map((rating) => (
        <RatingRow key={rating.ratingId} rating={rating} />
      ))}
      {mine.hasNextPage ? (
        <Button
          className="tap"
          type="default"
          block
          loading={mine.isFetchingNextPage}
          onClick={() => void mine.fetchNextPage()}
        >
          加载更多
        </Button>
      ) : null}
    </View>
  )
}

/** A reminder above 我的办件 when something finished is waiting for a rating. */
export function PendingRatingsBanner() {
  const pending = usePendingRatings()
  const count = pending.data?.items.length ?? 0
  if (count === 0) return null
  return (
    <View
      className="card rating-facts tap"
      onClick={() => openRoute(ROUTES.ratingsPending)}
      {...a11y({ role: 'link', label: `有${count}件事待评价，去评价` })}
    >
      <Text className="rating-headline">有{count}件事待评价，去评价 ›</Text>
      <Text className="secondary">您的评价会直接送到办理部门，差评会有专人核实整改。</Text>
    </View>
  )
}
