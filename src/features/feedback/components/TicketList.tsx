import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { FEEDBACK_KIND_LABELS, type FeedbackTicket } from '@contract/api/feedback'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES, withQuery } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { TextAction } from '@/shared/ui/TextAction'
import { useTickets } from '../api/listFeedback'
import { fullTime, shortTime, ticketOverview, ticketSummary } from '../model/tickets'
import './feedback.scss'

/** The case a ticket is about, opening its 办件详情. */
function CaseLink(props: { caseId: string; caseNo: string }) {
  return (
    <View className="feedback-ticket__case">
      <Text className="secondary">关于办件</Text>
      <TextAction
        role="link"
        label={`查看办件 ${props.caseNo}`}
        onClick={() => openRoute(withQuery(ROUTES.caseDetail, { id: props.caseId }))}
      >
        {props.caseNo} ›
      </TextAction>
    </View>
  )
}

/**
 * One ticket, in the order the citizen wants it: where it is and the department's reply first, then what
 * they reported, then one line per step taken (a step the ticket went past without a record is not shown).
 */
function TicketCard(props: { ticket: FeedbackTicket }) {
  const { ticket } = props
  const view = ticketOverview(ticket)
  return (
    <View className="card feedback-ticket" {...a11y({ role: 'group', label: ticketSummary(ticket) })}>
      <View className="feedback-ticket__head">
        <Text className="feedback-ticket__title">{FEEDBACK_KIND_LABELS[ticket.kind]}</Text>
        <Text className="feedback-ticket__status">{view.status}</Text>
      </View>
      {view.latest ? (
        <View className="feedback-ticket__said">
          <Text>{view.latest.note}</Text>
          <Text className="secondary">
            {view.latest.department} · {shortTime(view.latest.at)}
          </Text>
        </View>
      ) : null}
      {view.reply ? (
        <View className="feedback-ticket__reply">
          <Text className="feedback-ticket__label">部门答复</Text>
          <Text>{view.reply.note}</Text>
          <Text className="secondary">
            {view.reply.department} · {shortTime(view.reply.at)}
          </Text>
        </View>
      ) : null}

      <View className="feedback-ticket__section">
        <Text className="feedback-ticket__label">我反映的</Text>
        <Text>{ticket.content}</Text>
        {ticket.hall || ticket.place ? (
          <Text className="secondary">
            地点：{[ticket.hall?.name, ticket.place].filter(Boolean).join(' ')}
          </Text>
        ) : null}
        {ticket.caseId && ticket.caseNo ? <CaseLink caseId={ticket.caseId} caseNo={ticket.caseNo} /> : null}
        <Text className="secondary">提交于 {fullTime(ticket.createdAt)}</Text>
        {ticket.contactPhoneMasked ? (
          <Text className="secondary">回复电话 {ticket.contactPhoneMasked}</Text>
        ) : null}
        <Text className="secondary">工单号 {ticket.ticketNo}（拨打12345时报这个号）</Text>
      </View>

      <View className="feedback-ticket__section">
        <Text className="feedback-ticket__label">处理经过</Text>
        {view.history.map((step) => (
          <Text key={step.label} className="secondary">
            {shortTime(step.at)} {step.label}
          </Text>
        ))}
      </View>
    </View>
  )
}

/** 我的反映: every ticket with where it is in the 12345 loop, newest first. */
export function TicketList() {
  const tickets = useTickets()
  useDidShow(() => {
    if (tickets.isFetched) void tickets.refetch()
  })
  if (tickets.isError && !tickets.data) {
    return <ErrorView error={tickets.error} onRetry={() => void tickets.refetch()} />
  }
  if (!tickets.data) return <LoadingView />
  const items = tickets.data.pages.flatMap((page) => page.items)
  if (items.length === 0) return <Text className="secondary">还没有反映记录。</Text>
  return (
    <View>
      {items.map((ticket) => (
        <TicketCard key={ticket.ticketId} ticket={ticket} />
      ))}
      {tickets.hasNextPage ? (
        <Button
          className="tap"
          type="default"
          block
          loading={tickets.isFetchingNextPage}
          onClick={() => void tickets.fetchNextPage()}
        >
          加载更多
        </Button>
      ) : null}
    </View>
  )
}
