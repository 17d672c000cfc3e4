import { Text, View } from '@tarojs/components'
import { RealNameForm, REALNAME_ROUTE, useMe } from '@/features/identity'
import { useSignedInPage } from '@/shared/auth/useSignedInPage'
import { showToast } from '@/shared/platform/feedback'
import { goBack } from '@/shared/platform/navigation'
import { Screen } from '@/shared/ui/Screen'
import { LoadingView } from '@/shared/ui/StatusView'

export default function RealNamePage() {
  const signedIn = useSignedInPage(REALNAME_ROUTE)
  const me = useMe()

  if (!signedIn) return <Screen title="实名认证">{null}</Screen>
  if (!me.data && me.isPending) {
    return (
      <Screen title="实名认证">
        <LoadingView />
      </Screen>
    )
  }

  return (
    <Screen title="实名认证">
      <View className="card">
        {me.data?.realNameVerified ? (
          <Text>
            您已完成实名认证：{me.data.name} {me.data.idNumberMasked}
          </Text>
        ) : (
          <RealNameForm
            onVerified={() => {
              showToast('实名认证成功')
              goBack('/pages/me/index')
            }}
          />
        )}
      </View>
    </Screen>
  )
}
