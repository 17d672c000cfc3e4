import { PrivacyPolicy, PrivacySettings } from '@/features/settings'
import { useLogout } from '@/features/identity'
import { Screen } from '@/shared/ui/Screen'

export default function PrivacyPage() {
  const logout = useLogout()
  return (
    <Screen title="隐私与授权">
      <PrivacySettings onRevoked={() => logout.mutate()} />
      <PrivacyPolicy />
    </Screen>
  )
}
