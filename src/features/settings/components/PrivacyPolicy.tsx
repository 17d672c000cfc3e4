import './settings.scss'
import { Text, View } from '@tarojs/components'
import { PRIVACY_POLICY_VERSION } from '@/shared/preferences/store'

const SECTIONS: Array<{ title: string; body: string }> = [
  {
    title: '我们收集什么',
    body: '登录时的手机号；实名认证时的姓名和居民身份证号；办事时您填写的表单、上传的材料和选择使用的电子证照；预约时的预约人信息。',
  },
  {
    title: '为什么收集',
    body: '只为办理您申请的政务服务事项、核验身份、通知办理进度。不用于广告，不出售，不提供给与办事无关的任何机构。',
  },
  {
    title: '敏感个人信息',
    body: '有的事项要用到敏感个人信息：不满十四周岁孩子的信息、身份证件的照片（含证件照和电子证照）、银行账户、医疗健康信息。用到哪些由办理的事项决定，在填写申请前逐项列出，单独征得您的同意（孩子的信息由父母或其他监护人同意）；不同意的，不会收集，可以预约到大厅办理。这些信息只用于当次办事，只提供给受理部门。通通办不采集人脸识别信息，不做刷脸核验。',
  },
  {
    title: '怎么保护',
    body: '传输全程加密；页面上只显示脱敏后的号码（如 5306**********1234）；本机不以明文保存身份证号等信息；日志中不记录个人信息。',
  },
  {
    title: '您的权利',
    body: '您可以随时在“我的 → 隐私与授权”撤回授权、退出登录；可拨打 12345 查询、更正或删除您的个人信息。',
  },
]

export function PrivacyPolicy() {
  return (
    <View className="card privacy-policy">
      <Text className="secondary">版本 {PRIVACY_POLICY_VERSION} · 昭通市政务服务管理局</Text>
      {SECTIONS.map((section) => (
        <View key={section.title}>
          <Text className="section-title">{section.title}</Text>
          <Text className="privacy-policy__body">{section.body}</Text>
        </View>
      ))}
    </View>
  )
}
