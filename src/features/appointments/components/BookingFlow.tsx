import './booking.scss'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import type { Appointment, Slot } from '@contract/api/appointments'
import { useHalls } from '@/shared/api/halls'
import { replaceRoute } from '@/shared/platform/navigation'
import { scrollToTop } from '@/shared/platform/scroll'
import { EmptyView, ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { useAppointmentServices } from '../api/getAppointmentServices'
import { useBookingWindow } from '../api/getBookingWindow'
import { useCalendar } from '../api/getCalendar'
import { useSlots } from '../api/getSlots'
import { type BookingSelection, previous, reconcile, stepOf } from '../model/bookingFlow'
import { bookingDays, firstBookableDay, stripLegend } from '../model/days'
import { dateOf } from '../model/time'
import { ticketRoute } from '../routes'
import { type ChooseAgain, ConfirmBooking } from './ConfirmBooking'
import { DayStrip } from './DayStrip'
import { HallPicker } from './HallPicker'
import { ServicePicker } from './ServicePicker'
import { SlotFullNotice } from './SlotFullNotice'
import { SlotPicker } from './SlotPicker'
import { StepHeader } from './StepHeader'

/** Query state → the shared loading and error views; data only when there is some. */
function pending(query: { isPending: boolean; isError: boolean; error: unknown; refetch: () => unknown }) {
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />
  if (query.isPending) return <LoadingView />
  return null
}

/**
 * 预约办理: 事项 → 大厅 → 时间 → 确认, then the ticket. Arriving with a service and hall chosen (a guide's
 * 预约 button) or with a slot too (back from login) starts at the first thing still to choose.
 */
export function BookingFlow(props: BookingSelection) {
  const [selection, setSelection] = useState<BookingSelection>({
    serviceId: props.serviceId,
    hallId: props.hallId,
    slotId: props.slotId,
  })
  const [notice, setNotice] = useState<string>()
  const [chooseAgain, setChooseAgain] = useState<ChooseAgain>()

  const services = useAppointmentServices()
  const bookingWindow = useBookingWindow()
  const halls = useHalls({
    serviceId: selection.serviceId,
    enabled: Boolean(selection.serviceId),
  })
  const slots = useSlots(selection.hallId, selection.serviceId)
  const calendar = useCalendar(bookingWindow.data)

  useEffect(() => {
    const checked = reconcile(selection, {
      serviceIds: services.data?.items.map((s) => s.serviceId),
      hallIds: halls.data?.items.map((h) => h.id),
      slots: slots.data,
    })
    if (checked.selection === selection) return
    setSelection(checked.selection)
    if (checked.notice) setNotice(checked.notice)
  }, [selection, services.data, halls.data, slots.data])

  const step = stepOf(selection)
  useEffect(() => scrollToTop(), [step])

  const choose = (next: BookingSelection) => {
    setNotice(undefined)
    setChooseAgain(undefined)
    setSelection(next)
  }
  const chooseSlot = (slot: Slot) => choose({ ...selection, date: dateOf(slot.start), slotId: slot.slotId })
  const back = step === 'service' ? undefined : () => choose(previous(selection))

  const service = services.data?.items.find((s) => s.serviceId === selection.serviceId)
  const hall = halls.data?.items.find((h) => h.id === selection.hallId)

  let body: JSX.Element
  if (step === 'service') {
    body = pending(services) ?? (
      <ServicePicker services={services.data?.items ?? []} onChoose={(serviceId) => choose({ serviceId })} />
    )
  } else if (step === 'hall') {
    body =
      pending(halls) ??
      (halls.data?.items.length ? (
        <HallPicker
          halls={halls.data.items}
          periods={service?.periods ?? []}
          onChoose={(hallId) => choose({ ...selection, hallId })}
        />
      ) : (
        <EmptyView message="暂时没有大厅预约这项业务。" />
      ))
  } else {
    body = pending(bookingWindow) ?? pending(slots) ?? <LoadingView />
    const window = bookingWindow.data
    if (window && slots.data) {
      const days = bookingDays(window, calendar.data?.days ?? [], slots.data)
      const date = selection.date ?? firstBookableDay(days) ?? days[0].date
      const day = days.find((d) => d.date === date) ?? days[0]
      const slot = slots.data.find((s) => s.slotId === selection.slotId)
      body =
        step === 'confirm' && slot && hall && service ? (
          <ConfirmBooking
            service={service}
            hall={hall}
            slot={slot}
            today={window.today}
            onBooked={(appointment: Appointment) => replaceRoute(ticketRoute(appointment.appointmentId))}
            onChooseAgain={(problem) => {
              setNotice(undefined)
              setChooseAgain(problem)
              setSelection({ ...selection, slotId: undefined })
            }}
          />
        ) : (
          <View>
            {chooseAgain ? (
              <SlotFullNotice
                message={chooseAgain.message}
                alternatives={chooseAgain.kind === 'slot_full' ? chooseAgain.alternatives : []}
                today={window.today}
                onChoose={chooseSlot}
              />
            ) : null}
            <DayStrip
              days={days}
              legend={stripLegend(days, slots.data)}
              selected={day.date}
              onSelect={(d) => choose({ ...selection, date: d })}
            />
            <SlotPicker day={day} slots={slots.data} onChoose={chooseSlot} />
          </View>
        )
    }
  }

  return (
    <View>
      <StepHeader step={step} onBack={back} />
      {service && step !== 'service' ? (
        <View className="booking-summary">
          <Text>事项：{service.name}</Text>
          {hall && step !== 'hall' ? <Text>大厅：{hall.name}</Text> : null}
        </View>
      ) : null}
      {notice ? <Text className="notice">{notice}</Text> : null}
      {body}
    </View>
  )
}
