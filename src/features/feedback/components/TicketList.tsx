import { Text, View } from '@tarojs/components'
import { useDidShow } from '@tarojs/taro'
import { FEEDBACK_KIND_LABELS, FEEDBACK_STATUS_LABELS, type FeedbackTicket } from '@contract/api/feedback'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { useTickets } from '../api/listFeedback'
import { ticketSteps, ticketSummary } from '../model/tickets'
import './feedback.scss'

/** 2026年11月23日 10:00 */
const dateTime = (time: string) =>
  `${time.slice(0, 4)}年${Number(time.slice(5, 7))}月${Number(time.slice(8, 10))}日 ${time.slice(11, 16)}`

function TicketCard(props: { ticket: FeedbackTicket }) {
  const { ticket } = props
  return (
    <View className="card ticket" {...a11y({ role: 'group', label: ticketSummary(ticket) })}>
      <View className="ticket__head">
        <Text className="ticket__no">工单号 {ticket.ticketNo}</Text>
        <Text className="feedback-ticket__status">{FEEDBACK_STATUS_LABELS[ticket.status]}</Text>
      </View>
      <Text className="secondary">
        {FEEDBACK_KIND_LABELS[ticket.kind]} · {dateTime(ticket.createdAt)}
        {ticket.caseNo ? ` · 办件 ${ticket.caseNo}` : ''}
      </Text>
      <Text>{ticket.content}</Text>
      {ticket.hall || ticket.place ? (
        <Text className="secondary">地点：{[ticket.hall?.name, ticket.place].filter(Boolean).join(' ')}</Text>
      ) : null}
      {ticket.contactPhoneMasked ? (
        <Text className="secondary">回复电话 {ticket.contactPhoneMasked}</Text>
      ) : null}
      {ticketSteps(ticket)
        .filter((step) => step.state !== 'todo')
        .map((step) => (
          <View key={step.label} className={`ticket__step ticket__step--${step.state}`}>
            <Text className="timeline__node">{step.label}</Text>
            {step.notes.map((note) => (
              <Text key={note.at}>
                {note.note}（{note.department}，{dateTime(note.at)}）
              </Text>
            ))}
          </View>
        ))}
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
