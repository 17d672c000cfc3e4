import { Text, View } from '@tarojs/components'
import { AccountCard, REALNAME_ROUTE, useLogout } from '@/features/identity'
import { HOTLINE_12345 } from '@/features/home'
import { ElderModeSwitch } from '@/features/settings'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ensureSignedIn } from '@/shared/auth/requireLogin'
import { showToast } from '@/shared/platform/feedback'
import { openRoute } from '@/shared/platform/navigation'
import { callPhone } from '@/shared/platform/phone'
import { ROUTES } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { Screen } from '@/shared/ui/Screen'
import { PRIVACY_POLICY_ROUTE } from '@/shared/ui/PrivacyPolicyLink'

function LinkRow(props: { title: string; hint: string; onClick: () => void }) {
  return (
    <View
      className="setting-row tap"
      onClick={props.onClick}
      {...a11y({ role: 'link', label: `${props.title}，${props.hint}` })}
    >
      <View className="setting-row__text">
        <Text className="setting-row__title">{props.title}</Text>
        <Text className="secondary">{props.hint}</Text>
      </View>
      <Text className="setting-row__chevron" {...a11y({ hidden: true })}>
        ›
      </Text>
    </View>
  )
}

export default function MePage() {
  const signedIn = useSession(isSignedIn)
  const verified = useSession((state) => signedIn && state.user?.realNameVerified === true)
  const logout = useLogout()

  return (
    <Screen title="我的">
      <AccountCard />
      <View className="card settings">
        <LinkRow
          title="我的办件"
          hint="办理进度、补正材料、承诺时限"
          onClick={() => openRoute(ROUTES.cases)}
        />
        <LinkRow
          title="待评价"
          hint="好差评：办完的事和到大厅办理的预约"
          onClick={() => openRoute(ROUTES.ratingsPending)}
        />
        <LinkRow
          title="办不成事反映"
          hint="12345 受理，处理结果回复您"
          onClick={() => openRoute(ROUTES.feedback)}
        />
      </View>
      <View className="card settings">
        <ElderModeSwitch />
        <LinkRow
          title="实名认证"
          hint={verified ? '已认证，办事时自动填好身份信息' : '认证后办事自动填写身份信息'}
          onClick={() => {
            if (ensureSignedIn(REALNAME_ROUTE)) openRoute(REALNAME_ROUTE)
          }}
        />
        <LinkRow
          title="隐私与授权"
          hint="查看隐私政策，撤回授权"
          onClick={() => openRoute(PRIVACY_POLICY_ROUTE)}
        />
        <LinkRow title="12345 热线" hint="24小时咨询、求助、投诉" onClick={() => callPhone(HOTLINE_12345)} />
      </View>
      {signedIn ? (
        <Button
          className="tap primary-action"
          type="default"
          block
          loading={logout.isPending}
          onClick={() => logout.mutate(undefined, { onSettled: () => showToast('已退出登录') })}
        >
          退出登录
        </Button>
      ) : null}
    </Screen>
  )
}
