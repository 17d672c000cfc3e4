import './myAppointments.scss'
import { Text, View } from '@tarojs/components'
import type { Appointment } from '@contract/api/appointments'
import { openRoute } from '@/shared/platform/navigation'
import { ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { useMyAppointments } from '../api/getMyAppointments'
import { splitMine, statusOf } from '../model/myAppointments'
import { PERIOD_TITLES } from '../model/periods'
import { whenText } from '../model/time'
import { ticketRoute } from '../routes'
import { SlotWhen } from './SlotWhen'
import { tappable } from './tappable'

function AppointmentCard(props: { appointment: Appointment }) {
  const { appointment } = props
  const status = statusOf(appointment)
  const when = `${whenText(appointment.slot)} ${PERIOD_TITLES[appointment.slot.period]}`
  return (
    <View
      className="card appointment-card tap"
      onClick={() => openRoute(ticketRoute(appointment.appointmentId))}
      {...tappable('link', `${status.text}，${appointment.service.name}，${when}，${appointment.hall.name}`)}
    >
      <Text className={`ticket__status ticket__status--${status.tone}`}>{status.text}</Text>
      <Text className="appointment-card__title">{appointment.service.name}</Text>
      <SlotWhen slot={appointment.slot} suffix={PERIOD_TITLES[appointment.slot.period]} />
      <Text className="secondary">{appointment.hall.name}</Text>
    </View>
  )
}

/** 我的预约: what is coming (soonest first), then what is past, each opening its ticket. */
export function MyAppointments() {
  const query = useMyAppointments()
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />
  if (!query.data) return <LoadingView />
  const { upcoming, past } = splitMine(query.data.items)
  return (
    <View>
      <Text className="section-title">即将办理</Text>
      {upcoming.length === 0 ? <Text className="secondary">暂时没有待办的预约。</Text> : null}
      {upcoming.map((a) => (
        <AppointmentCard key={a.appointmentId} appointment={a} />
      ))}
      {past.length > 0 ? <Text className="section-title">过往预约</Text> : null}
      {past.map((a) => (
        <AppointmentCard key={a.appointmentId} appointment={a} />
      ))}
    </View>
  )
}
