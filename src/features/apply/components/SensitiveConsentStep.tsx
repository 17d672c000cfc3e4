import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import { SENSITIVE_KIND_LABELS, type Form, type SensitiveKind } from '@contract/api/forms'
import { orderedKinds } from '@contract/rules/sensitiveConsent'
import { goBack, openRoute } from '@/shared/platform/navigation'
import { scrollToTop } from '@/shared/platform/scroll'
import { ROUTES, withQuery } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { TextAction } from '@/shared/ui/TextAction'
import { withSensitiveConsent } from '../model/consent'
import { declineConsent, updateDraft } from './applySession'

/**
 * Before the form (GOV.UK question page): the sensitive personal information the platform says this
 * application processes, why, for how long, and one separate choice (个人信息保护法 第29条; a child's data
 * by the parent or guardian, 第31条). 同意并继续 records the consent in the draft, and the form follows.
 * 不同意 sends nothing and keeps nothing, and says how to get it done at a hall instead.
 */
export function SensitiveConsentStep(props: { targetId: string; form: Form }) {
  const { targetId, form } = props
  const [declined, setDeclined] = useState(false)
  const kinds: SensitiveKind[] = orderedKinds(form.sensitiveKinds ?? [])

  const agree = () => {
    updateDraft(targetId, (draft, now) => withSensitiveConsent(draft, kinds, now))
    scrollToTop()
  }
  const decline = () => {
    declineConsent(targetId)
    setDeclined(true)
    scrollToTop()
  }

  if (declined) {
    return (
      <DeclinedView
        targetId={targetId}
        form={form}
        onReconsider={() => {
          setDeclined(false)
          scrollToTop()
        }}
      />
    )
  }

  return (
    <View className="apply-consent">
      <Text className="apply-consent__caption">{form.name}</Text>
      <View className="screen__title" {...a11y({ role: 'heading' })} aria-level={1}>
        办理前需要您单独同意
      </View>
      <Text className="apply-lead">
        这次申请会用到下面这些敏感个人信息。按照《个人信息保护法》，使用前要单独征得您的同意；您同意后才开始填写和上传。
      </Text>

      <View className="apply-section">
        <SectionHeading>会用到的信息</SectionHeading>
        <View {...a11y({ role: 'list', label: '会用到的敏感个人信息' })}>
          {kinds.map((kind) => (
            <View key={kind} className="apply-consent__kind" {...a11y({ role: 'listitem' })}>
              <Text className="apply-consent__bullet" {...a11y({ hidden: true })}>
                •
              </Text>
              <Text>{SENSITIVE_KIND_LABELS[kind]}</Text>
            </View>
          ))}
        </View>
      </View>

      <View className="apply-section">
        <SectionHeading>为什么要用</SectionHeading>
        <Text className="apply-consent__text">
          受理部门审核这次申请时，要核对您和家人的身份与证件、确认办理条件，办好后发放证件或款项。
        </Text>
        <SectionHeading>用多久、给谁</SectionHeading>
        <Text className="apply-consent__text">
          只用于本次办理，只提供给受理这次申请的部门，不用于其他事项，不用于广告，不提供给其他机构。提交前，填写的内容加密保存在本机，并同步到您的账号，换手机也能继续；提交后，由受理部门按办件档案的规定保存。
        </Text>
      </View>

      {kinds.includes('minor') ? (
        <View className="apply-banner" {...a11y({ role: 'note' })}>
          <Text className="apply-banner__title">涉及不满十四周岁的孩子</Text>
          <Text>
            孩子的信息需要由孩子的父母或其他监护人同意。点“同意并继续”，表示您是孩子的父母或其他监护人。
          </Text>
        </View>
      ) : null}

      <Text className="apply-lead">点“同意并继续”，表示您单独同意为本次办理使用以上信息。</Text>
      <View className="apply-actions">
        <Button className="tap" type="primary" block onClick={agree}>
          同意并继续
        </Button>
        <Button className="tap" type="primary" fill="outline" block onClick={decline}>
          不同意
        </Button>
      </View>
    </View>
  )
}

function SectionHeading(props: { children: string }) {
  return (
    <View className="apply-section__title" {...a11y({ role: 'heading' })} aria-level={2}>
      {props.children}
    </View>
  )
}

/** 不同意: nothing was sent or kept; the hall does it face to face, or back to the guide. */
function DeclinedView(props: { targetId: string; form: Form; onReconsider: () => void }) {
  const { targetId, form } = props
  const guide = withQuery(ROUTES.guideBundle, { id: targetId })
  return (
    <View className="apply-consent">
      <Text className="apply-consent__caption">{form.name}</Text>
      <View className="screen__title" {...a11y({ role: 'heading' })} aria-level={1}>
        您没有同意，我们不会使用这些信息
      </View>
      <Text className="apply-lead">
        刚才列出的信息不会被收集和使用，这次申请也不会提交；这一步没有向平台发送任何内容。不在网上办理，也可以办成：
      </Text>
      <View className="apply-section">
        <SectionHeading>到大厅办理</SectionHeading>
        <Text className="apply-consent__text">
          预约一个时间，带上办事清单里的材料原件到大厅，工作人员当面核验，不用在手机上填写和上传。
        </Text>
      </View>
      <View className="apply-actions">
        <Button
          className="tap"
          type="primary"
          block
          onClick={() =>
            openRoute(
              withQuery(ROUTES.appointmentBook, {
                serviceId: form.kind === 'item' ? form.targetId : undefined,
              }),
            )
          }
        >
          预约到大厅办理
        </Button>
        <Button className="tap" type="primary" fill="outline" block onClick={() => goBack(guide)}>
          返回办事指南
        </Button>
      </View>
      <TextAction role="button" onClick={props.onReconsider}>
        我想再看一下，返回上一步
      </TextAction>
    </View>
  )
}
