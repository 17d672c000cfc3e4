import './booking.scss'
import './myAppointments.scss'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Appointment } from '@contract/api/appointments'
import { messageOf } from '@/shared/api/errors'
import { showToast } from '@/shared/platform/feedback'
import { openMap } from '@/shared/platform/location'
import { openRoute } from '@/shared/platform/navigation'
import { callPhone } from '@/shared/platform/phone'
import { ROUTES, withQuery } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { ErrorView, FormError, LoadingView } from '@/shared/ui/StatusView'
import { useCancelAppointment } from '../api/cancelAppointment'
import { useAppointment } from '../api/getAppointment'
import { useSubscribeReminder } from '../api/subscribeReminder'
import { applicantLine, changeDeadlineText, codeText, reminderText, statusOf } from '../model/myAppointments'
import { PERIOD_TITLES } from '../model/periods'
import { whenText } from '../model/time'
import { bookRoute, rescheduleRoute } from '../routes'
import { ConfirmPanel } from './ConfirmPanel'
import { SlotWhen } from './SlotWhen'
import { TicketQr } from './TicketQr'
import { tappable } from './tappable'

function Reminder(props: { appointment: Appointment }) {
  const subscribe = useSubscribeReminder()
  const { reminder } = props.appointment
  if (reminder) return <Text className="secondary">已设置提醒：{reminderText(reminder)}</Text>
  const error = subscribe.error
  return (
    <View>
      <Button
        className="tap"
        type="primary"
        fill="outline"
        block
        loading={subscribe.isPending}
        onClick={() =>
          subscribe.mutate(props.appointment.appointmentId, {
            onSuccess: (subscription) => showToast(`已设置提醒，${reminderText(subscription)}`),
          })
        }
      >
        提醒我按时去办
      </Button>
      <FormError message={error ? messageOf(error) : undefined} />
    </View>
  )
}

function Changes(props: { appointment: Appointment }) {
  const cancel = useCancelAppointment()
  const [asking, setAsking] = useState(false)
  const { appointment } = props
  if (!appointment.changeable) {
    return (
      <Text className="secondary">
        已过取消和改约的时间。如果不能按时前往，请致电大厅 {appointment.hall.phone}。
      </Text>
    )
  }
  return (
    <View className="ticket-actions">
      <Text className="secondary">{changeDeadlineText(appointment)}</Text>
      <Button
        className="tap"
        type="primary"
        fill="outline"
        block
        onClick={() => openRoute(rescheduleRoute(appointment.appointmentId))}
      >
        改约其他时间
      </Button>
      {asking ? (
        <ConfirmPanel
          title="确定取消这个预约吗？"
          detail={`${whenText(appointment.slot)}，${appointment.hall.name}。取消后名额会让给其他人。`}
          confirmLabel="确定取消"
          cancelLabel="不取消"
          danger
          busy={cancel.isPending}
          onConfirm={() =>
            cancel.mutate(appointment.appointmentId, {
              onSuccess: () => {
                setAsking(false)
                showToast('预约已取消')
              },
            })
          }
          onCancel={() => setAsking(false)}
        />
      ) : (
        <Button className="tap" type="danger" fill="outline" block onClick={() => setAsking(true)}>
          取消预约
        </Button>
      )}
      <FormError message={cancel.error ? messageOf(cancel.error) : undefined} />
    </View>
  )
}

/**
 * The ticket: what to show at the hall (the code, large, and its QR), when and where, how to get there or
 * call, a reminder, and the changes still allowed.
 */
export function AppointmentTicket(props: { appointmentId: string }) {
  const query = useAppointment(props.appointmentId)
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />
  if (!query.data) return <LoadingView />
  const appointment = query.data
  const status = statusOf(appointment)
  const { hall } = appointment
  const booked = appointment.status === 'booked'
  const applicant = applicantLine(appointment.applicant)

  return (
    <View className={appointment.status === 'cancelled' ? 'ticket__cancelled' : undefined}>
      <View className="card">
        <Text className={`ticket__status ticket__status--${status.tone}`}>{status.text}</Text>
        <View className="ticket__service" {...a11y({ role: 'heading' })} aria-level={2}>
          {appointment.service.name}
        </View>
        <SlotWhen className="ticket__when" slot={appointment.slot} />
        <Text className="secondary">{PERIOD_TITLES[appointment.slot.period]}</Text>

        <View className="ticket__code-box">
          <Text className="secondary">预约码</Text>
          <Text
            className="ticket__code"
            {...a11y({ label: `预约码 ${appointment.code.split('').join(' ')}` })}
          >
            {codeText(appointment.code)}
          </Text>
          {booked ? <TicketQr code={appointment.code} /> : null}
          <Text className="secondary">
            {booked ? '到大厅后出示二维码，或报出预约码' : '此预约码已不能使用'}
          </Text>
        </View>
        <View className="ticket__line">
          <Text className="ticket__label">{applicant.label}</Text>
          <Text className="ticket__value">{applicant.value}</Text>
        </View>
      </View>

      <View className="card ticket-actions">
        <Text className="choice__title">{hall.name}</Text>
        <Text className="secondary">{hall.address}</Text>
        <Button
          className="tap"
          type="primary"
          block
          onClick={() => openMap({ ...hall.location, name: hall.name, address: hall.address })}
        >
          地图和导航
        </Button>
        <Button className="tap" type="default" block onClick={() => callPhone(hall.phone)}>
          拨打大厅电话 {hall.phone}
        </Button>
        <View
          className="link-action tap"
          onClick={() => openRoute(withQuery(ROUTES.guideItem, { id: appointment.service.serviceId }))}
          {...tappable('link', '查看办事指南和要带的材料')}
        >
          查看办事指南和要带的材料 ›
        </View>
      </View>

      {booked ? (
        <View className="card ticket-actions">
          <Reminder appointment={appointment} />
          <Changes appointment={appointment} />
        </View>
      ) : null}
      {appointment.status === 'cancelled' || appointment.status === 'no_show' ? (
        <Button
          className="tap primary-action"
          type="primary"
          block
          onClick={() => openRoute(bookRoute({ serviceId: appointment.service.serviceId, hallId: hall.id }))}
        >
          重新预约这项业务
        </Button>
      ) : null}
    </View>
  )
}
