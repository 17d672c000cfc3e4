import './settings.scss'
import { Text, View } from '@tarojs/components'
import { setElderMode, usePreferences } from '@/shared/preferences/store'
import { a11y } from '@/shared/ui/a11y'
import { Switch } from '@/shared/ui/nutui'

/**
 * 长辈版: bigger text and touch targets everywhere, no pop-up nudges. The whole row is the target,
 * so a shaky tap anywhere on it works.
 */
export function ElderModeSwitch() {
  const elderMode = usePreferences((state) => state.elderMode)
  const toggle = () => setElderMode(!elderMode)
  return (
    <View
      className="setting-row tap"
      onClick={toggle}
      {...a11y({ role: 'switch', label: '长辈版', checked: elderMode })}
    >
      <View className="setting-row__text">
        <Text className="setting-row__title">长辈版</Text>
        <Text className="secondary">
          {elderMode ? '已开启：大字体、大按钮' : '字更大、按钮更大，更易操作'}
        </Text>
      </View>
      <Switch checked={elderMode} {...a11y({ hidden: true })} />
    </View>
  )
}
