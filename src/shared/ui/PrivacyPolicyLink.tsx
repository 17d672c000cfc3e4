import { View } from '@tarojs/components'
import { openRoute } from '../platform/navigation'
import { a11y } from './a11y'

export const PRIVACY_POLICY_ROUTE = '/packages/account/privacy/index'

export function PrivacyPolicyLink() {
  return (
    <View
      className="consent__link"
      onClick={() => openRoute(PRIVACY_POLICY_ROUTE)}
      {...a11y({ role: 'link' })}
    >
      查看《通通办隐私政策》
    </View>
  )
}
