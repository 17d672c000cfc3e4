import './identity.scss'
import { View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { SmsLoginRequestSchema } from '@contract/api'
import { ApiError, messageOf } from '@/shared/api/errors'
import { validateField, validateFields, type FieldErrors } from '@/shared/forms/validate'
import { showToast } from '@/shared/platform/feedback'
import { Field } from '@/shared/ui/Field'
import { Button } from '@/shared/ui/nutui'
import { a11y } from '@/shared/ui/a11y'
import { useLoginBySms } from '../api/loginBySms'
import { useSendSmsCode } from '../api/sendSmsCode'
import { resendLabel, secondsUntilResend } from '../model/smsCooldown'

type LoginField = 'phone' | 'code'

/** H5 login: phone + SMS code. Messages sit next to the field they are about. */
export function SmsLoginForm(props: { onSignedIn: () => void; disabled?: boolean }) {
  const [values, setValues] = useState<Record<LoginField, string>>({ phone: '', code: '' })
  const [errors, setErrors] = useState<FieldErrors<LoginField>>({})
  const [formError, setFormError] = useState<string>()
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

  const update = (field: LoginField) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }))
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }))
  }
  const blur = (field: LoginField) => () => {
    if (values[field] !== '')
      setErrors((previous) => ({
        ...previous,
        [field]: validateField(SmsLoginRequestSchema, field, values[field]),
      }))
  }
  const showApiError = (error: unknown) => {
    if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0) {
      setErrors(error.fieldErrors as FieldErrors<LoginField>)
    } else {
      setFormError(messageOf(error))
    }
  }

  const requestCode = () => {
    setFormError(undefined)
    const phoneError = validateField(SmsLoginRequestSchema, 'phone', values.phone)
    if (phoneError) return setErrors((previous) => ({ ...previous, phone: phoneError }))
    sendCode.mutate(
      { phone: values.phone.trim() },
      {
        onSuccess: (result) => {
          setSent({ at: Date.now(), cooldownSeconds: result.cooldownSeconds })
          setNow(Date.now())
          showToast('验证码已发送')
        },
        onError: showApiError,
      },
    )
  }

  const submit = () => {
    setFormError(undefined)
    const checked = validateFields(SmsLoginRequestSchema, values)
    if (!checked.ok) return setErrors(checked.errors)
    login.mutate(checked.value, { onSuccess: props.onSignedIn, onError: showApiError })
  }

  return (
    <View className="sms-login">
      <Field
        name="phone"
        label="手机号"
        type="tel"
        maxLength={11}
        autoComplete="tel"
        placeholder="请输入11位手机号"
        value={values.phone}
        onChange={update('phone')}
        onBlur={blur('phone')}
        error={errors.phone}
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
        name="code"
        label="短信验证码"
        type="number"
        maxLength={6}
        autoComplete="one-time-code"
        placeholder="6位数字"
        value={values.code}
        onChange={update('code')}
        onBlur={blur('code')}
        error={errors.code}
      />
      {formError ? (
        <View className="form-error" {...a11y({ role: 'alert' })}>
          {formError}
        </View>
      ) : null}
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
