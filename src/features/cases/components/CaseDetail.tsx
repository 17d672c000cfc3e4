import { Text, View } from '@tarojs/components'
import { useDidShow, usePullDownRefresh } from '@tarojs/taro'
import {
  CASE_STATUS_LABELS,
  CASE_TRANSITIONS,
  type CaseDetail as CaseDetailData,
  DELIVERY_METHOD_LABELS,
} from '@contract/api/cases'
import { RATING_LEVEL_LABELS, type RatingLevel } from '@contract/api/ratings'
import { shanghaiDate } from '@contract/rules/calendar'
import { ApiError } from '@/shared/api/errors'
import { openRoute } from '@/shared/platform/navigation'
import { callPhone } from '@/shared/platform/phone'
import { stopPullDownRefresh } from '@/shared/platform/refresh'
import { ROUTES, withQuery } from '@/shared/routes'
import { CardTitle } from '@/shared/ui/CardTitle'
import { Button } from '@/shared/ui/nutui'
import { EmptyView, ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { useCase } from '../api/getCase'
import { overdueWithDepartment, rateAction, STATUS_TONES, supplementAction } from '../model/caseView'
import { dateWords, momentWords } from '../model/dates'
import { DeadlineView } from './DeadlineView'
import { caseFeedbackRoute, OverdueHelp } from './OverdueHelp'
import { StatusTag } from './StatusTag'
import { SubscribeButton } from './SubscribeButton'
import { SupplementPanel } from './SupplementPanel'
import { Timeline } from './Timeline'
import './cases.scss'

/** 一事一评: the prompt while the case may be rated, then the rating given (or recorded by default). */
function RatingCard(props: { detail: CaseDetailData; today: string }) {
  const { detail, today } = props
  const rate = rateAction(detail)
  if (rate) {
    return (
      <View className="card">
        <CardTitle>办完了，请评价本次服务</CardTitle>
        <Text>
          您的评价会直接送到办理部门。
          {rate.rateBefore
            ? `请在${dateWords(rate.rateBefore, today)}前评价，逾期系统默认记为“基本满意”。`
            : ''}
        </Text>
        <Button
          className="tap primary-action"
          type="primary"
          block
          onClick={() => openRoute(withQuery(ROUTES.rate, { type: 'case', id: detail.caseId }))}
        >
          去评价
        </Button>
      </View>
    )
  }
  if (!detail.rating) return null
  const label = RATING_LEVEL_LABELS[detail.rating.level as RatingLevel] ?? ''
  return (
    <View className="card">
      <CardTitle>服务评价</CardTitle>
      <Text>
        {detail.rating.isDefault ? `系统默认评价：${label}（办结后5个工作日内未评价）` : `您的评价：${label}`}
      </Text>
      <Button
        className="tap primary-action"
        type="default"
        block
        onClick={() => openRoute(withQuery(ROUTES.ratingDetail, { id: detail.rating?.ratingId }))}
      >
        查看评价{detail.rating.level <= 2 && !detail.rating.isDefault ? '和整改情况' : ''}
      </Button>
    </View>
  )
}

function CaseBody(props: { detail: CaseDetailData; today: string }) {
  const { detail, today } = props
  const supplement = supplementAction(detail)
  const open = CASE_TRANSITIONS[detail.status].length > 0
  const overdue = overdueWithDepartment(detail)
  return (
    <View>
      <View className="card case-facts">
        <View className="case-head">
          <Text className="case-head__title">{detail.itemName}</Text>
          <StatusTag label={CASE_STATUS_LABELS[detail.status]} tone={STATUS_TONES[detail.status]} />
        </View>
        <Text>办件编号 {detail.caseNo}</Text>
        <Text className="secondary">办理部门 {detail.department}</Text>
        {detail.applicant.nameMasked ? (
          <Text className="secondary">
            申请人 {detail.applicant.nameMasked} {detail.applicant.phoneMasked}
          </Text>
        ) : null}
        <Text className="secondary">提交时间 {momentWords(detail.submittedAt, today)}</Text>
      </View>

      {supplement ? <SupplementPanel caseId={detail.caseId} action={supplement} today={today} /> : null}
      <RatingCard detail={detail} today={today} />

      {detail.deadline ? (
        <View className="card">
          <DeadlineView
            deadline={detail.deadline}
            status={detail.status}
            today={today}
            steps={detail.timeline}
          />
        </View>
      ) : null}
      {overdue ? <OverdueHelp detail={detail} /> : null}

      {detail.result || detail.delivery ? (
        <View className="card case-facts">
          <CardTitle>办理结果</CardTitle>
          {detail.result ? (
            <Text>
              {detail.result.outcome === 'approved' ? '准予办理' : '不予批准'}：{detail.result.note}
            </Text>
          ) : null}
          {detail.delivery ? (
            <Text>
              {DELIVERY_METHOD_LABELS[detail.delivery.method]}：{detail.delivery.detail}
              {detail.delivery.deliveredAt
                ? `（${momentWords(detail.delivery.deliveredAt, today)}已送达）`
                : ''}
            </Text>
          ) : null}
        </View>
      ) : null}

      <View className="card">
        <CardTitle>办理过程</CardTitle>
        <Timeline events={detail.timeline} today={today} />
      </View>

      <View className="card case-actions">
        {open ? <SubscribeButton caseId={detail.caseId} subscribed={detail.subscribed} /> : null}
        {/* An overdue case offers the same call and 反映 above, with what they are for. */}
        {overdue ? null : (
          <>
            <Text className="secondary">有疑问可以问{detail.hall ? detail.hall.name : '办理窗口'}：</Text>
            <Button className="tap" type="default" block onClick={() => callPhone(detail.contactPhone)}>
              拨打 {detail.contactPhone}
            </Button>
            <Button
              className="tap"
              type="default"
              block
              onClick={() => openRoute(caseFeedbackRoute(detail.caseId))}
            >
              办不成事？反映问题
            </Button>
          </>
        )}
      </View>
    </View>
  )
}

/** 办件详情: fresh whenever the page shows, pull down to refresh. */
export function CaseDetail(props: { caseId: string | undefined }) {
  const query = useCase(props.caseId)
  useDidShow(() => {
    if (query.isFetched) void query.refetch()
  })
  usePullDownRefresh(() => {
    void query.refetch().finally(stopPullDownRefresh)
  })

  const toList = { label: '查看我的办件', onClick: () => openRoute(ROUTES.cases) }
  if (!props.caseId) return <EmptyView message="没有指定要查看的办件。" action={toList} />
  if (query.isError && !query.data) {
    if (query.error instanceof ApiError && query.error.status === 404) {
      return <EmptyView message="没有找到这件办件。它可能不是当前登录账号办理的。" action={toList} />
    }
    return <ErrorView error={query.error} onRetry={() => void query.refetch()} />
  }
  if (!query.data) return <LoadingView label="正在查询办理进度…" />
  return <CaseBody detail={query.data} today={shanghaiDate(Date.now())} />
}
