import './apply.scss'
import { Text, View } from '@tarojs/components'
import type { ReactNode } from 'react'
import type { Form } from '@contract/api/forms'
import type { AutofillSources } from '@contract/api/identity'
import type { Draft } from '@contract/api/drafts'
import type { GuideResult } from '@contract/api/catalog'
import type { Prefill } from '@contract/rules/formAutofill'
import { ApiError } from '@/shared/api/errors'
import { ensureSignedIn } from '@/shared/auth/requireLogin'
import { confirm } from '@/shared/platform/feedback'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES, withQuery } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { EmptyView, ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { consentStillNeeded } from '../model/consent'
import type { MaterialNeed } from '../model/materials'
import { doneRoute } from '../routes'
import { savedAtLabel } from '../model/time'
import { continueWith, startOver, useApplySession } from './applySession'
import { SensitiveConsentStep } from './SensitiveConsentStep'
import { useApplyData } from './useApplyData'
import type { SituationAnswers } from '@contract/api/catalog'

/** What an apply step renders with, once everything is loaded and the citizen is editing. */
export interface ApplyContext {
  targetId: string
  form: Form
  draft: Draft
  sources: AutofillSources
  prefills: Record<string, Prefill>
  checklist: GuideResult
  needs: MaterialNeed[]
}

/**
 * The common front of every apply page: signed in, real-name verified, the saved draft offered (继续填写 /
 * 重新开始 / a newer copy from another device), the form, sources and checklist loaded — with loading,
 * error and empty states on the way — and the separate consent to the sensitive personal information the
 * form lists, given once and kept in the draft. Renders the step only when all of that holds.
 */
export function ApplyGate(props: {
  targetId: string
  routeAnswers: SituationAnswers
  onNeedRealName: () => void
  children: (context: ApplyContext) => ReactNode
}) {
  const { targetId, routeAnswers } = props
  const data = useApplyData(targetId, routeAnswers)
  const { session, form, autofill, checklist } = data

  if (!targetId) {
    return (
      <EmptyView
        message="没有选择要办理的事项，请先找到要办的事。"
        action={{ label: '去找服务', onClick: () => openRoute(ROUTES.services) }}
      />
    )
  }
  if (!data.signedIn) {
    return (
      <EmptyView
        message="网上申请需要先登录，登录后您填写的内容会自动保存。"
        action={{ label: '去登录', onClick: () => ensureSignedIn() }}
      />
    )
  }
  const answerQuestionsFirst = (
    <EmptyView
      message="请先回答几个关于您情况的问题，再开始填写申请。"
      action={{
        label: '去回答问题',
        onClick: () => openRoute(withQuery(ROUTES.guideBundle, { id: targetId })),
      }}
    />
  )
  // The platform refuses the situation answers (some missing or contradictory, e.g. a link cut short):
  // trying again cannot help; answering the questions again can.
  if (checklist.error instanceof ApiError && checklist.error.status === 422) return answerQuestionsFirst
  const failed = [form, autofill, checklist].find((q) => q.isError)
  if (failed) return <ErrorView error={failed.error} onRetry={() => void failed.refetch()} />
  if (autofill.data && autofill.data.identity === null) {
    return (
      <EmptyView
        message="网上申请需要先完成实名认证，认证后您的身份信息会自动填好。"
        action={{ label: '去实名认证', onClick: props.onNeedRealName }}
      />
    )
  }
  if (session.phase === 'needs-answers') return answerQuestionsFirst
  if (session.phase === 'filed' && session.filedId) {
    const filedId = session.filedId
    return (
      <EmptyView
        message="这份申请已经提交，办件编号可以在提交结果里查看。"
        action={{ label: '查看办件编号', onClick: () => openRoute(doneRoute(filedId)) }}
      />
    )
  }
  if (session.phase === 'choosing') {
    return <DraftChoice targetId={targetId} name={form.data?.name} routeAnswers={routeAnswers} />
  }
  if (
    session.phase !== 'editing' ||
    !session.draft ||
    !form.data ||
    !autofill.data ||
    !checklist.data ||
    !data.needs
  ) {
    return <LoadingView label="正在准备申请表…" />
  }
  if (consentStillNeeded(form.data, session.draft).length > 0) {
    return <SensitiveConsentStep targetId={targetId} form={form.data} />
  }
  return (
    <>
      <NewerElsewhere targetId={targetId} />
      {props.children({
        targetId,
        form: form.data,
        draft: session.draft,
        sources: autofill.data,
        prefills: data.prefills,
        checklist: checklist.data,
        needs: data.needs,
      })}
    </>
  )
}

/** Reopening: continue the saved application, or start over; a newer copy from elsewhere is offered, not applied. */
function DraftChoice(props: { targetId: string; name?: string; routeAnswers: SituationAnswers }) {
  const { opening } = useApplySession(props.targetId)
  if (!opening) return null
  const now = new Date()
  const what = props.name ? `“${props.name}”` : ''
  const restart = async () => {
    const sure = await confirm('重新开始', '已填写的内容和上传的材料将被清空，确定重新开始吗？', '重新开始')
    if (sure) startAgain()
  }
  const startAgain = () =>
    startOver(
      props.targetId,
      Object.keys(props.routeAnswers).length > 0
        ? props.routeAnswers
        : (opening.kind === 'resume' ? opening.draft : opening.server).answers,
    )

  if (opening.kind === 'resume') {
    return (
      <View className="apply-banner" {...a11y({ role: 'region', label: '未提交的申请' })}>
        <Text className="apply-banner__title">{`您有一份还没提交的${what}申请`}</Text>
        <Text>{`上次保存于 ${savedAtLabel(opening.draft.updatedAt, now)}，填写的内容和材料都还在。`}</Text>
        <View className="apply-actions">
          <Button
            className="tap"
            type="primary"
            block
            onClick={() => continueWith(props.targetId, opening.draft)}
          >
            继续填写
          </Button>
          <Button className="tap" type="primary" fill="outline" block onClick={restart}>
            重新开始
          </Button>
        </View>
      </View>
    )
  }
  return (
    <View
      className="apply-banner apply-banner--warning"
      {...a11y({ role: 'region', label: '其他设备上的申请' })}
    >
      <Text className="apply-banner__title">另一台设备上有更新的内容</Text>
      <Text>{`您在另一台设备上于 ${savedAtLabel(opening.server.updatedAt, now)} 保存了${what}申请。`}</Text>
      <View className="apply-actions">
        <Button
          className="tap"
          type="primary"
          block
          onClick={() => continueWith(props.targetId, opening.server)}
        >
          用另一台设备上的内容继续
        </Button>
        {opening.local ? (
          <Button
            className="tap"
            type="primary"
            fill="outline"
            block
            onClick={() => opening.local && continueWith(props.targetId, opening.local)}
          >
            {`用这台设备上 ${savedAtLabel(opening.local.updatedAt, now)} 的内容`}
          </Button>
        ) : null}
        <Button className="tap" type="default" block onClick={restart}>
          重新开始
        </Button>
      </View>
    </View>
  )
}

/** While editing, a later save from another device was found: say so and let the citizen switch. */
function NewerElsewhere(props: { targetId: string }) {
  const { newerElsewhere } = useApplySession(props.targetId)
  if (!newerElsewhere) return null
  return (
    <View className="apply-banner apply-banner--warning" {...a11y({ role: 'alert' })}>
      <Text className="apply-banner__title">另一台设备上有更新的内容</Text>
      <Text>{`保存于 ${savedAtLabel(newerElsewhere.updatedAt, new Date())}。这台设备上的内容不会被覆盖，除非您选择使用那一份。`}</Text>
      <Button
        className="tap"
        type="primary"
        fill="outline"
        block
        onClick={() => continueWith(props.targetId, newerElsewhere)}
      >
        改用另一台设备上的内容
      </Button>
    </View>
  )
}
