import './booking.scss'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Slot } from '@contract/api/appointments'
import { showToast } from '@/shared/platform/feedback'
import { replaceRoute } from '@/shared/platform/navigation'
import { scrollToTop } from '@/shared/platform/scroll'
import { EmptyView, ErrorView, FormError, LoadingView } from '@/shared/ui/StatusView'
import { useAppointment } from '../api/getAppointment'
import { useBookingWindow } from '../api/getBookingWindow'
import { useCalendar } from '../api/getCalendar'
import { useSlots } from '../api/getSlots'
import { useRescheduleAppointment } from '../api/rescheduleAppointment'
import type { BookingProblem } from '../model/bookingProblems'
import { bookingDays, firstBookableDay, stripLegend } from '../model/days'
import { PERIOD_TITLES } from '../model/periods'
import { whenText } from '../model/time'
import { SlotWhen } from './SlotWhen'
import { ticketRoute } from '../routes'
import { ConfirmPanel } from './ConfirmPanel'
import { DayStrip } from './DayStrip'
import { problemOf } from './problemOf'
import { SlotFullNotice } from './SlotFullNotice'
import { SlotPicker } from './SlotPicker'

/**
 * 改约: another slot of the same service at the same hall. The platform moves the booking in one step, so the
 * old time stays booked until the new one is confirmed — the page says so.
 */
export function RescheduleFlow(props: { appointmentId: string }) {
  const appointment = useAppointment(props.appointmentId)
  const bookingWindow = useBookingWindow()
  const calendar = useCalendar(bookingWindow.data)
  const slots = useSlots(appointment.data?.hall.id, appointment.data?.service.serviceId)
  const reschedule = useRescheduleAppointment()
  const [date, setDate] = useState<string>()
  const [problem, setProblem] = useState<BookingProblem>()
  const [chosen, setChosen] = useState<Slot>()

  const failed = [appointment, bookingWindow, slots].find((q) => q.isError)
  if (failed) return <ErrorView error={failed.error} onRetry={() => void failed.refetch()} />
  if (!appointment.data || !bookingWindow.data || !slots.data) return <LoadingView />
  const current = appointment.data
  if (!current.changeable) {
    return <EmptyView message={`这个预约已不能改约。如需帮助，请致电大厅 ${current.hall.phone}。`} />
  }
  const window = bookingWindow.data
  const days = bookingDays(window, calendar.data?.days ?? [], slots.data)
  const day = days.find((d) => d.date === (date ?? firstBookableDay(days))) ?? days[0]

  const choose = (slot: Slot) => {
    setProblem(undefined)
    setChosen(slot)
    scrollToTop()
  }

  const moveTo = (slot: Slot) =>
    reschedule.mutate(
      { appointmentId: current.appointmentId, slotId: slot.slotId },
      {
        onSuccess: () => {
          showToast('改约成功')
          replaceRoute(ticketRoute(current.appointmentId))
        },
        onError: (error) => {
          setChosen(undefined)
          setProblem(problemOf(error))
        },
      },
    )

  return (
    <View>
      <View className="booking-summary">
        <Text>
          {current.service.name} · {current.hall.name}
        </Text>
        <SlotWhen prefix="原预约（改约成功前保留）：" slot={current.slot} today={window.today} />
      </View>
      {chosen ? (
        <ConfirmPanel
          title={`改到 ${whenText(chosen, window.today)}？`}
          detail={`${PERIOD_TITLES[chosen.period]}。新时间确认后，原来的预约自动取消；没确认之前，原预约一直保留。`}
          confirmLabel="确认改约"
          cancelLabel="重新选择"
          busy={reschedule.isPending}
          onConfirm={() => moveTo(chosen)}
          onCancel={() => setChosen(undefined)}
        />
      ) : null}
      {problem?.kind === 'slot_full' ? (
        <SlotFullNotice
          message={problem.message}
          alternatives={problem.alternatives}
          today={window.today}
          onChoose={choose}
        />
      ) : (
        <FormError message={problem && 'message' in problem ? problem.message : undefined} />
      )}
      <DayStrip days={days} legend={stripLegend(days, slots.data)} selected={day.date} onSelect={setDate} />
      <SlotPicker day={day} slots={slots.data} currentSlotId={current.slot.slotId} onChoose={choose} />
    </View>
  )
}
