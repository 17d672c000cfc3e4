import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { useRef, useState } from 'react'
import { RATING_COMMENT_MAX_LENGTH, type Rating } from '@contract/api/ratings'
import { shanghaiDate } from '@contract/rules/calendar'
import { ApiError, messageOf } from '@/shared/api/errors'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { showToast } from '@/shared/platform/feedback'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES } from '@/shared/routes'
import { CardTitle } from '@/shared/ui/CardTitle'
import { Button } from '@/shared/ui/nutui'
import { EmptyView, ErrorView, FormError, LoadingView } from '@/shared/ui/StatusView'
import { TextAreaField } from '@/shared/ui/TextAreaField'
import { useAppendRating } from '../api/appendRating'
import { useRating } from '../api/getRating'
import {
  appendNotYetWords,
  type AppendWords,
  appendWords,
  dayWords,
  followUpSteps,
  INDICATOR_SCORE_LABELS,
  ratingHeadline,
  timeWords,
} from '../model/ratingWords'
import './ratings.scss'

const STEP_WORDS = { done: '已完成', current: '当前进度', todo: '未开始', skipped: '已跳过' } as const

function FollowUpView(props: { followUp: NonNullable<Rating['followUp']> }) {
  const { followUp } = props
  return (
    <View className="card">
      <CardTitle>整改情况</CardTitle>
      {followUp.dueDate && followUp.status !== 'revisited' ? (
        <Text className="secondary">
          部门应在{dayWords(followUp.dueDate)}前核实整改并回访您
          {followUp.dueDate < shanghaiDate(Date.now()) ? '，已经超期，可以拨打12345催办。' : '。'}
        </Text>
      ) : null}
      {followUpSteps(followUp).map((step) => (
        <View key={step.status} className={`follow-up__step follow-up__step--${step.state}`}>
          <Text className="follow-up__state">
            {step.label}（{STEP_WORDS[step.state]}）
          </Text>
          {step.replies.map((reply) => (
            <View key={reply.at} className="follow-up__reply">
              <Text className="secondary">
                {reply.department} · {timeWords(reply.at)}
              </Text>
              <Text>{reply.reply}</Text>
            </View>
          ))}
        </View>
      ))}
    </View>
  )
}

function AppendForm(props: { ratingId: string; words: AppendWords }) {
  const { words } = props
  const [comment, setComment] = useState('')
  const [error, setError] = useState<string>()
  const append = useAppendRating()
  const lastKey = useRef<{ body: string; key: string }>()
  const submit = () => {
    const text = comment.trim()
    if (!text) {
      setError(`请填写${words.title}内容`)
      return
    }
    if (lastKey.current?.body !== text) lastKey.current = { body: text, key: newIdempotencyKey() }
    append.mutate(
      { ratingId: props.ratingId, comment: text, idempotencyKey: lastKey.current.key },
      {
        onSuccess: () => showToast(`${words.title}已提交`),
        onError: (e) => setError(e instanceof ApiError ? (e.fieldErrors.comment ?? e.message) : messageOf(e)),
      },
    )
  }
  return (
    <View className="card">
      <CardTitle>{words.title}</CardTitle>
      <Text className="secondary">{words.lead}</Text>
      <TextAreaField
        name="append"
        label={`${words.title}内容`}
        value={comment}
        onChange={(text) => {
          setComment(text)
          setError(undefined)
        }}
        maxLength={RATING_COMMENT_MAX_LENGTH}
        placeholder={words.placeholder}
      />
      <FormError message={error} />
      <Button className="tap primary-action" type="primary" block loading={append.isPending} onClick={submit}>
        {words.submit}
      </Button>
    </View>
  )
}

function RatingBody(props: { rating: Rating }) {
  const { rating } = props
  const words = appendWords(rating)
  const notYet = appendNotYetWords(rating)
  return (
    <View>
      <View className="card rating-facts">
        <Text className="rating-headline">{ratingHeadline(rating)}</Text>
        <Text>{rating.title}</Text>
        <Text className="secondary">
          {rating.subject.type === 'case' ? '办件编号' : '预约码'} {rating.reference}
        </Text>
        <Text className="secondary">
          {rating.department} · {rating.isDefault ? '记录于' : '评价于'} {timeWords(rating.ratedAt)}
        </Text>
        {rating.isDefault ? (
          <Text>办结后5个工作日内没有评价，平台按规定默认记为“基本满意”，不能再修改。</Text>
        ) : null}
        {rating.indicators.map((indicator) => (
          <Text key={indicator.id}>
            {indicator.label}：{INDICATOR_SCORE_LABELS[indicator.score] ?? indicator.score}
          </Text>
        ))}
        {rating.reasons.length > 0 ? (
          <Text>不满意的原因：{rating.reasons.map((reason) => reason.label).join('；')}</Text>
        ) : null}
        {rating.comment ? <Text>我说：{rating.comment}</Text> : null}
      </View>
      {rating.followUp ? <FollowUpView followUp={rating.followUp} /> : null}
      {rating.append ? (
        <View className="card rating-facts">
          <CardTitle>{words.added}</CardTitle>
          <Text>{rating.append.comment}</Text>
          <Text className="secondary">{timeWords(rating.append.at)}</Text>
        </View>
      ) : rating.canAppend ? (
        <AppendForm ratingId={rating.ratingId} words={words} />
      ) : notYet ? (
        <Text className="secondary">{notYet}</Text>
      ) : null}
    </View>
  )
}

/** A rating as given, and for a 差评 what the department did about it (核实、整改、回访) and the 追评. */
export function RatingDetail(props: { ratingId: string | undefined }) {
  const query = useRating(props.ratingId)
  useDidShow(() => {
    if (query.isFetched) void query.refetch()
  })
  const toMine = { label: '查看我的评价', onClick: () => openRoute(ROUTES.ratingsPending) }
  if (!props.ratingId) return <EmptyView message="没有指定要查看的评价。" action={toMine} />
  if (query.isError && !query.data) {
    return query.error instanceof ApiError && query.error.status === 404 ? (
      <EmptyView message="没有找到这条评价。" action={toMine} />
    ) : (
      <ErrorView error={query.error} onRetry={() => void query.refetch()} />
    )
  }
  if (!query.data) return <LoadingView />
  return <RatingBody rating={query.data} />
}
