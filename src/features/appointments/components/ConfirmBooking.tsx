import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import {
  type Appointment,
  AppointmentApplicantSchema,
  type Hall,
  type Slot,
} from '@contract/api/appointments'
import { ApiError } from '@/shared/api/errors'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ensureSignedIn } from '@/shared/auth/requireLogin'
import { useContractForm } from '@/shared/forms/useContractForm'
import { openRoute } from '@/shared/platform/navigation'
import { a11y } from '@/shared/ui/a11y'
import { Field } from '@/shared/ui/Field'
import { Button } from '@/shared/ui/nutui'
import { FormError } from '@/shared/ui/StatusView'
import { useBookAppointment } from '../api/bookAppointment'
import type { BookingProblem } from '../model/bookingProblems'
import { PERIOD_TITLES } from '../model/periods'
import { bookRoute, ticketRoute } from '../routes'
import { problemOf } from './problemOf'
import { SlotWhen } from './SlotWhen'
import { tappable } from './tappable'

export type ChooseAgain = Extract<BookingProblem, { kind: 'slot_full' | 'choose_again' }>

function WhoOption(props: { label: string; selected: boolean; onSelect: () => void }) {
  return (
    <View
      className={`who__option tap${props.selected ? ' who__option--selected' : ''}`}
      onClick={props.onSelect}
      {...tappable('radio', props.label, props.selected)}
    >
      {props.selected ? `✓ ${props.label}` : props.label}
    </View>
  )
}

/**
 * The last step: what, where, when, for whom. 帮办代办 asks the relative's name, ID number and phone, checked
 * with the platform's own rules as they are typed. A refusal that needs another slot goes back to the list.
 */
export function ConfirmBooking(props: {
  service: { serviceId: string; name: string }
  hall: Hall
  slot: Slot
  today?: string
  onBooked: (appointment: Appointment) => void
  onChooseAgain: (problem: ChooseAgain) => void
}) {
  const { service, hall, slot } = props
  const signedIn = useSession(isSignedIn)
  const [forRelative, setForRelative] = useState(false)
  const form = useContractForm(AppointmentApplicantSchema, { name: '', idNumber: '', phone: '' })
  const book = useBookAppointment()
  const [problem, setProblem] = useState<BookingProblem>()

  const showProblem = (error: unknown) => {
    const found = problemOf(error)
    if (found.kind === 'slot_full' || found.kind === 'choose_again') props.onChooseAgain(found)
    else if (found.kind === 'applicant') {
      setForRelative(true)
      form.showApiError(
        new ApiError({ kind: 'rejected', code: 'VALIDATION_FAILED', message: '', fieldErrors: found.fields }),
      )
    } else setProblem(found)
  }

  const submit = () => {
    const returnTo = bookRoute({ serviceId: service.serviceId, hallId: hall.id, slotId: slot.slotId })
    if (!ensureSignedIn(returnTo)) return
    setProblem(undefined)
    const applicant = forRelative ? form.validateAll() : undefined
    if (forRelative && !applicant) return
    book.mutate(
      { slotId: slot.slotId, serviceId: service.serviceId, applicant },
      { onSuccess: props.onBooked, onError: showProblem },
    )
  }

  return (
    <View>
      <View className="card">
        <Text className="choice__title">{service.name}</Text>
        <SlotWhen className="ticket__when" slot={slot} today={props.today} />
        <Text className="secondary">{PERIOD_TITLES[slot.period]}</Text>
        <Text className="section-title">{hall.name}</Text>
        <Text className="secondary">{hall.address}</Text>
      </View>

      <View className="who" {...a11y({ role: 'radiogroup', label: '为谁预约' })}>
        <WhoOption label="为本人预约" selected={!forRelative} onSelect={() => setForRelative(false)} />
        <WhoOption
          label="帮家人预约（帮办代办）"
          selected={forRelative}
          onSelect={() => setForRelative(true)}
        />
      </View>

      {forRelative ? (
        <View className="card">
          <Text className="secondary">请填写要来办事的家人的信息，只用于本次预约和大厅核对身份。</Text>
          <Field {...form.field('name')} label="家人姓名" maxLength={20} />
          <Field
            {...form.field('idNumber')}
            label="家人身份证号"
            type="idcard"
            maxLength={18}
            hint="18位，最后一位可能是 X"
          />
          <Field {...form.field('phone')} label="家人手机号" type="tel" maxLength={11} />
        </View>
      ) : null}

      <Text className="secondary">
        {`请带好身份证件原件${forRelative ? '；帮办代办请同时带上您和家人的身份证件' : ''}。预约开始前${hall.cancelCutoffMinutes / 60}小时内不能再取消或改约。`}
      </Text>

      {problem?.kind === 'duplicate' ? (
        <View className="notice" {...a11y({ role: 'alert' })}>
          <Text className="notice__title">{problem.message}</Text>
          {problem.appointmentId ? (
            <View
              className="link-action tap"
              onClick={() => openRoute(ticketRoute(problem.appointmentId as string))}
              {...tappable('link', '查看已有的预约')}
            >
              查看已有的预约
            </View>
          ) : null}
        </View>
      ) : null}
      <FormError
        message={
          problem?.kind === 'restricted' || problem?.kind === 'other' ? problem.message : form.formError
        }
      />

      <Button
        className="tap primary-action"
        type="primary"
        block
        loading={book.isPending}
        disabled={book.isPending}
        onClick={submit}
      >
        {signedIn ? '确认预约' : '登录并确认预约'}
      </Button>
    </View>
  )
}
