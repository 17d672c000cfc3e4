import { Text, View } from '@tarojs/components'
import { RealNameRequestSchema, type Me } from '@contract/api'
import { useContractForm } from '@/shared/forms/useContractForm'
import { Field } from '@/shared/ui/Field'
import { Button } from '@/shared/ui/nutui'
import { FormError } from '@/shared/ui/StatusView'
import { useVerifyRealName } from '../api/verifyRealName'

/**
 * 实名认证: name + 居民身份证号, checked here with the same GB 11643 rule the platform applies,
 * so most typos are caught before a round trip. Nothing typed here is stored on the device.
 */
export function RealNameForm(props: { onVerified: (me: Me) => void }) {
  const form = useContractForm(RealNameRequestSchema, { name: '', idNumber: '' })
  const verify = useVerifyRealName()

  const submit = () => {
    const request = form.validateAll()
    if (request) verify.mutate(request, { onSuccess: props.onVerified, onError: form.showApiError })
  }

  return (
    <View className="realname-form">
      <Text className="secondary">
        请填写与居民身份证一致的信息，用于核验您的身份。核验后办事时将自动填写，无需重复输入。
      </Text>
      <Field {...form.field('name')} label="姓名" maxLength={20} />
      <Field
        {...form.field('idNumber')}
        label="居民身份证号"
        type="idcard"
        maxLength={18}
        hint="18位，最后一位可能是 X"
      />
      <FormError message={form.formError} />
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
