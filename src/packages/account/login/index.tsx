import { Text, View } from '@tarojs/components'
import { useRouter } from '@tarojs/taro'
import { SmsLoginForm, WechatLogin } from '@/features/identity'
import { safeReturnTo } from '@/shared/auth/returnTo'
import { isWeapp } from '@/shared/platform/env'
import { replaceRoute } from '@/shared/platform/navigation'
import { agreeToPrivacyPolicy, hasConsent, usePreferences } from '@/shared/preferences/store'
import { a11y } from '@/shared/ui/a11y'
import { PrivacyPolicyLink } from '@/shared/ui/PrivacyPolicyLink'
import { Button } from '@/shared/ui/nutui'
import { Screen } from '@/shared/ui/Screen'

export default function LoginPage() {
  const { params } = useRouter()
  const consented = usePreferences(hasConsent)
  const backToWhereTheyWere = () => replaceRoute(safeReturnTo(params.redirect))

  return (
    <Screen title="登录通通办">
      <View className="card">
        {!consented ? (
          <View className="login-consent" {...a11y({ role: 'note' })}>
            <Text>登录需要先同意《通通办隐私政策》，我们只为办事收集必要的信息。</Text>
            <PrivacyPolicyLink />
            <Button
              className="tap primary-action"
              type="primary"
              fill="outline"
              block
              onClick={() => agreeToPrivacyPolicy()}
            >
              同意隐私政策
            </Button>
          </View>
        ) : null}
        {isWeapp ? (
          <WechatLogin disabled={!consented} onSignedIn={backToWhereTheyWere} />
        ) : (
          <SmsLoginForm disabled={!consented} onSignedIn={backToWhereTheyWere} />
        )}
      </View>
    </Screen>
  )
}
