import { Button as TaroButton, Text, View } from '@tarojs/components'
import { useStore } from 'zustand'
import { isWeapp } from '../platform/env'
import { pendingWechatPrivacy } from '../preferences/wechatPrivacy'
import {
  agreeToPrivacyPolicy,
  declinePrivacyPolicy,
  needsConsentPrompt,
  usePreferences,
} from '../preferences/store'
import { a11y } from './a11y'
import { Button, Dialog } from './nutui'
import { PrivacyPolicyLink } from './PrivacyPolicyLink'

/**
 * First-run consent (PIPL): what we collect and why, before anything is collected. Declining keeps
 * guest browsing; identity actions ask again. On weapp the agree button is WeChat's own
 * agreePrivacyAuthorization button, which also satisfies the platform's privacy gate.
 */
export function ConsentDialog() {
  const shouldPrompt = usePreferences(needsConsentPrompt)
  const wechatResolve = useStore(pendingWechatPrivacy, (state) => state.resolve)
  if (!shouldPrompt && !wechatResolve) return null

  const settle = (event: 'agree' | 'disagree') => {
    if (event === 'agree') agreeToPrivacyPolicy()
    else declinePrivacyPolicy()
    wechatResolve?.({ event, buttonId: 'consent-agree' })
    pendingWechatPrivacy.setState({ resolve: null })
  }

  const footer = (
    <View className="consent__actions">
      {isWeapp ? (
        <TaroButton
          id="consent-agree"
          className="consent__agree tap"
          openType={'agreePrivacyAuthorization' as never}
          onAgreePrivacyAuthorization={() => settle('agree')}
        >
          同意并继续
        </TaroButton>
      ) : (
        <Button className="consent__agree tap" type="primary" block onClick={() => settle('agree')}>
          同意并继续
        </Button>
      )}
      <Button className="consent__decline tap" fill="none" block onClick={() => settle('disagree')}>
        不同意
      </Button>
    </View>
  )

  return (
    <Dialog
      className="consent"
      visible
      title="个人信息保护提示"
      closeOnOverlayClick={false}
      lockScroll
      footer={footer}
      content={
        <View {...a11y({ role: 'dialog', label: '个人信息保护提示' })}>
          <Text className="consent__text">
            通通办由昭通市政务服务管理部门提供。为给您办理政务服务，我们会在您登录或办事时收集手机号、身份证号、姓名、证照和办事材料，仅用于您申请的事项，加密传输，不作他用。孩子的信息、身份证件照片、银行账户、医疗健康信息等敏感个人信息，会在办事前逐项单独征得您的同意；不采集人脸识别信息。不同意也可以浏览办事指南。
          </Text>
          <PrivacyPolicyLink />
        </View>
      }
    />
  )
}
