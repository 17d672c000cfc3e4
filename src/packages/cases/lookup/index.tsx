import { Text } from '@tarojs/components'
import { CaseLookup } from '@/features/cases'
import { HotlineCard } from '@/features/home'
import { Screen } from '@/shared/ui/Screen'
import '../pages.scss'

/** Open to everyone: a relative who helped with the application can follow it too. */
export default function CaseLookupPage() {
  return (
    <Screen title="办件查询">
      <Text className="secondary page-intro">
        不用登录。输入受理回执上的办件编号和申请人手机号后4位即可查询进度。
      </Text>
      <CaseLookup />
      <HotlineCard />
    </Screen>
  )
}
