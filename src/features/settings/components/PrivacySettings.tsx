import './settings.scss'
import { Text, View } from '@tarojs/components'
import { isWeapp } from '@/shared/platform/env'
import { confirm, showToast } from '@/shared/platform/feedback'
import { openPlatformSettings } from '@/shared/platform/privacy'
import {
  agreeToPrivacyPolicy,
  hasConsent,
  declinePrivacyPolicy,
  usePreferences,
} from '@/shared/preferences/store'
import { Button } from '@/shared/ui/nutui'

/** Consent state with the way to give or take it back (PIPL: revoking must be as easy as agreeing). */
export function PrivacySettings(props: { onRevoked: () => void }) {
  const consented = usePreferences(hasConsent)
  const consentAt = usePreferences((state) => state.consent?.at)

  const revoke = async () => {
    const ok = await confirm(
      '撤回授权',
      '撤回后将退出登录，本机保存的个人信息会被清除，仍可浏览办事指南。',
      '确认撤回',
    )
    if (!ok) return
    declinePrivacyPolicy()
    props.onRevoked()
    showToast('已撤回授权')
  }

  return (
    <View className="card">
      <Text className="section-title">授权状态</Text>
      {consented ? (
        <Text className="setting-row__title">已同意（{consentAt?.slice(0, 10)}）</Text>
      ) : (
        <Text className="setting-row__title">未同意：只能浏览，不能登录和办事</Text>
      )}
      {consented ? (
        <Button
          className="tap primary-action"
          fill="outline"
          type="danger"
          block
          onClick={() => void revoke()}
        >
          撤回个人信息授权
        </Button>
      ) : (
        <Button className="tap primary-action" type="primary" block onClick={() => agreeToPrivacyPolicy()}>
          同意隐私政策
        </Button>
      )}
      {isWeapp ? (
        <Button className="tap primary-action" fill="none" block onClick={openPlatformSettings}>
          管理微信授权（位置、相册等）
        </Button>
      ) : null}
    </View>
  )
}
