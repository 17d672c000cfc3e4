import './appointments.scss'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { Slot } from '@contract/api/appointments'
import { ApiError, messageOf } from '@/shared/api/errors'
import { confirm, showToast } from '@/shared/platform/feedback'
import { replaceRoute } from '@/shared/platform/navigation'
import { EmptyView, ErrorView, FormError, LoadingView } from '@/shared/ui/StatusView'
import { useAppointment } from '../api/getAppointment'
import { useBookingWindow } from '../api/getBookingWindow'
import { useCalendar } from '../api/getCalendar'
import { useSlots } from '../api/getSlots'
import { useRescheduleAppointment } from '../api/rescheduleAppointment'
import { type BookingProblem, bookingProblem } from '../model/bookingProblems'
import { bookingDays, firstBookableDay } from '../model/days'
import { PERIOD_TITLES } from '../model/periods'
import { whenText } from '../model/time'
import { ticketRoute } from '../routes'
import { DayStrip } from './DayStrip'
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

  const moveTo = async (slot: Slot) => {
    setProblem(undefined)
    const sure = await confirm(
      '改到这个时间？',
      `${whenText(slot, window.today)}（${PERIOD_TITLES[slot.period]}）。新时间确认后，原来的预约自动取消。`,
      '确认改约',
    )
    if (!sure) return
    reschedule.mutate(
      { appointmentId: current.appointmentId, slotId: slot.slotId },
      {
        onSuccess: () => {
          showToast('改约成功')
          replaceRoute(ticketRoute(current.appointmentId))
        },
        onError: (error) =>
          setProblem(
            error instanceof ApiError
              ? bookingProblem(error)
              : { kind: 'other', message: messageOf(error), retryable: true },
          ),
      },
    )
  }

  return (
    <View>
      <View className="booking-summary">
        <Text>
          {current.service.name} · {current.hall.name}
        </Text>
        <Text>原预约：{whenText(current.slot, window.today)}（改约成功前保留）</Text>
      </View>
      {problem?.kind === 'slot_full' ? (
        <SlotFullNotice
          message={problem.message}
          alternatives={problem.alternatives}
          today={window.today}
          onChoose={moveTo}
        />
      ) : (
        <FormError message={problem && 'message' in problem ? problem.message : undefined} />
      )}
      {reschedule.isPending ? <LoadingView label="正在改约…" /> : null}
      <DayStrip days={days} selected={day.date} onSelect={setDate} />
      <SlotPicker day={day} slots={slots.data} currentSlotId={current.slot.slotId} onChoose={moveTo} />
    </View>
  )
}
