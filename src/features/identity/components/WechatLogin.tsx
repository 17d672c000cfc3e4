import { View } from '@tarojs/components'
import { messageOf } from '@/shared/api/errors'
import { Button } from '@/shared/ui/nutui'
import { FormError } from '@/shared/ui/StatusView'
import { useLoginByWechat } from '../api/loginByWechat'

/** weapp login: one tap, no typing. WeChat's login code is exchanged by the platform for tokens. */
export function WechatLogin(props: { onSignedIn: () => void; disabled?: boolean }) {
  const login = useLoginByWechat()
  return (
    <View className="wechat-login">
      <Button
        className="tap primary-action"
        type="primary"
        block
        loading={login.isPending}
        disabled={props.disabled || login.isPending}
        onClick={() => login.mutate(undefined, { onSuccess: props.onSignedIn })}
      >
        微信一键登录
      </Button>
      <FormError message={login.isError ? messageOf(login.error) : undefined} />
    </View>
  )
}
