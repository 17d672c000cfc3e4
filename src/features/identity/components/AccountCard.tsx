import './identity.scss'
import { Text, View } from '@tarojs/components'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ensureSignedIn } from '@/shared/auth/requireLogin'
import { openRoute } from '@/shared/platform/navigation'
import { Button } from '@/shared/ui/nutui'
import { ErrorView } from '@/shared/ui/StatusView'
import { useMe } from '../api/getMe'

export const REALNAME_ROUTE = '/packages/account/realname/index'

/** 我的 header: who is signed in (masked), real-name state, or a login prompt for guests. */
export function AccountCard() {
  const signedIn = useSession(isSignedIn)
  const cachedUser = useSession((state) => state.user)
  const me = useMe()
  const user = me.data ?? cachedUser

  if (!signedIn || !user) {
    return (
      <View className="card account-card">
        <Text className="account-card__name">您好，游客</Text>
        <Text className="secondary">登录后可在线办事、预约和查看办件进度</Text>
        <Button
          className="tap primary-action"
          type="primary"
          block
          onClick={() => ensureSignedIn('/pages/me/index')}
        >
          登录 / 注册
        </Button>
      </View>
    )
  }

  return (
    <View className="card account-card">
      <Text className="account-card__name">
        {user.realNameVerified && user.name ? user.name : '未实名用户'}
      </Text>
      {user.phoneMasked ? (
        <Text className="secondary account-card__phone">手机号 {user.phoneMasked}</Text>
      ) : null}
      {user.realNameVerified ? (
        <Text className="badge badge--ok">已实名认证 {user.idNumberMasked ?? ''}</Text>
      ) : (
        <Button
          className="tap primary-action"
          type="primary"
          fill="outline"
          block
          onClick={() => openRoute(REALNAME_ROUTE)}
        >
          去实名认证（办事前需要）
        </Button>
      )}
      {me.isError && !me.data ? <ErrorView error={me.error} onRetry={() => void me.refetch()} /> : null}
    </View>
  )
}
