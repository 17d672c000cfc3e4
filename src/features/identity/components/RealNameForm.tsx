import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { RealNameRequestSchema, type Me } from '@contract/api'
import { ApiError, messageOf } from '@/shared/api/errors'
import { validateField, validateFields, type FieldErrors } from '@/shared/forms/validate'
import { Field } from '@/shared/ui/Field'
import { Button } from '@/shared/ui/nutui'
import { a11y } from '@/shared/ui/a11y'
import { useVerifyRealName } from '../api/verifyRealName'

type RealNameField = 'name' | 'idNumber'

/**
 * 实名认证: name + 居民身份证号, checked here with the same GB 11643 rule the platform applies,
 * so most typos are caught before a round trip. Nothing typed here is stored on the device.
 */
export function RealNameForm(props: { onVerified: (me: Me) => void }) {
  const [values, setValues] = useState<Record<RealNameField, string>>({ name: '', idNumber: '' })
  const [errors, setErrors] = useState<FieldErrors<RealNameField>>({})
  const [formError, setFormError] = useState<string>()
  const verify = useVerifyRealName()

  const update = (field: RealNameField) => (value: string) => {
    setValues((previous) => ({ ...previous, [field]: value }))
    if (errors[field]) setErrors((previous) => ({ ...previous, [field]: undefined }))
  }
  const blur = (field: RealNameField) => () => {
    if (values[field] !== '')
      setErrors((previous) => ({
        ...previous,
        [field]: validateField(RealNameRequestSchema, field, values[field]),
      }))
  }

  const submit = () => {
    setFormError(undefined)
    const checked = validateFields(RealNameRequestSchema, values)
    if (!checked.ok) return setErrors(checked.errors)
    verify.mutate(checked.value, {
      onSuccess: props.onVerified,
      onError: (error) => {
        if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0)
          setErrors(error.fieldErrors)
        else setFormError(messageOf(error))
      },
    })
  }

  return (
    <View className="realname-form">
      <Text className="secondary">
        请填写与居民身份证一致的信息，用于核验您的身份。核验后办事时将自动填写，无需重复输入。
      </Text>
      <Field
        name="name"
        label="姓名"
        value={values.name}
        onChange={update('name')}
        onBlur={blur('name')}
        error={errors.name}
        maxLength={20}
      />
      <Field
        name="idNumber"
        label="居民身份证号"
        type="idcard"
        maxLength={18}
        value={values.idNumber}
        onChange={update('idNumber')}
        onBlur={blur('idNumber')}
        error={errors.idNumber}
        hint="18位，最后一位可能是 X"
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
        loading={verify.isPending}
        disabled={verify.isPending}
        onClick={submit}
      >
        提交认证
      </Button>
    </View>
  )
}
