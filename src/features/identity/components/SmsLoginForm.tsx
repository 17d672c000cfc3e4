import './identity.scss'
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { SmsLoginRequestSchema } from '@contract/api'
import { useContractForm } from '@/shared/forms/useContractForm'
import { showToast } from '@/shared/platform/feedback'
import { Field } from '@/shared/ui/Field'
import { Button } from '@/shared/ui/nutui'
import { FormError } from '@/shared/ui/StatusView'
import { useLoginBySms } from '../api/loginBySms'
import { useSendSmsCode } from '../api/sendSmsCode'
import { resendLabel, secondsUntilResend } from '../model/smsCooldown'

/** H5 login: phone + SMS code. Messages sit next to the field they are about. */
export function SmsLoginForm(props: { onSignedIn: () => void; disabled?: boolean }) {
  const form = useContractForm(SmsLoginRequestSchema, { phone: '', code: '' })
  const [sent, setSent] = useState<{ at: number; cooldownSeconds: number } | null>(null)
  const [now, setNow] = useState(() => Date.now())
  const sendCode = useSendSmsCode()
  const login = useLoginBySms()

  const secondsLeft = secondsUntilResend(sent?.at ?? null, sent?.cooldownSeconds ?? 0, now)
  useEffect(() => {
    if (secondsLeft <= 0) return undefined
    const timer = setInterval(() => setNow(Date.now()), 1000)
    return () => clearInterval(timer)
  }, [secondsLeft])

  const requestCode = () => {
    form.setFormError(undefined)
    if (!form.checkField('phone')) return
    sendCode.mutate(
      { phone: form.values.phone.trim() },
      {
        onSuccess: (result) => {
          setSent({ at: Date.now(), cooldownSeconds: result.cooldownSeconds })
          setNow(Date.now())
          showToast('验证码已发送')
        },
        onError: form.showApiError,
      },
    )
  }

  const submit = () => {
    const request = form.validateAll()
    if (request) login.mutate(request, { onSuccess: props.onSignedIn, onError: form.showApiError })
  }

  return (
    <View className="sms-login">
      <Field
        {...form.field('phone')}
        label="手机号"
        type="tel"
        maxLength={11}
        autoComplete="tel"
        placeholder="请输入11位手机号"
      />
      <Button
        className="tap sms-login__send"
        fill="outline"
        type="primary"
        block
        disabled={props.disabled || secondsLeft > 0 || sendCode.isPending}
        onClick={requestCode}
      >
        {sendCode.isPending ? '正在发送…' : resendLabel(secondsLeft, sent !== null)}
      </Button>
      <Field
        {...form.field('code')}
        label="短信验证码"
        type="number"
        maxLength={6}
        autoComplete="one-time-code"
        placeholder="6位数字"
      />
      <FormError message={form.formError} />
      <Button
        className="tap primary-action"
        type="primary"
        block
        loading={login.isPending}
        disabled={props.disabled || login.isPending}
        onClick={submit}
      >
        登录
      </Button>
    </View>
  )
}
