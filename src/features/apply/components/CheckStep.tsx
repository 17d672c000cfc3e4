import { Text, View } from '@tarojs/components'
import { useQueryClient } from '@tanstack/react-query'
import { useRef, useState } from 'react'
import type { Application } from '@contract/api/applications'
import { formFields } from '@contract/rules/formMerge'
import { ApiError, messageOf } from '@/shared/api/errors'
import { newIdempotencyKey } from '@/shared/api/idempotency'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { FormError } from '@/shared/ui/StatusView'
import { TextAction } from '@/shared/ui/TextAction'
import { formQueryOptions } from '../api/getForm'
import { submitApplication } from '../api/submitApplication'
import { withoutSensitiveConsent } from '../model/consent'
import { submissionKeySpent, withNewSubmissionKey } from '../model/draft'
import { firstStepToFix, sortErrors } from '../model/errors'
import { choiceFor, choiceSummary } from '../model/materials'
import { reviewSections } from '../model/review'
import { buildSubmission } from '../model/submission'
import type { ApplyStep } from '../routes'
import type { ApplyContext } from './ApplyGate'
import { setServerErrors, updateDraft, useApplySession } from './applySession'
import { StepHeader } from './StepHeader'
import { SyncNote } from './SyncNote'

type Problem =
  | { kind: 'fix'; step: ApplyStep | 'answers'; message: string }
  | { kind: 'uncertain'; message: string }
  | { kind: 'maybe-filed' }

/**
 * Step 3 (GOV.UK "check your answers"): everything that will be sent, where each value came from, a way back
 * to change it, then one submission. The Idempotency-Key kept with the draft makes a double tap, a retry
 * after a timeout or a resubmission after a crash file the cases once.
 */
export function CheckStep(props: {
  context: ApplyContext
  onEdit: (step: ApplyStep) => void
  onChangeAnswers: () => void
  onFiled: (application: Application) => void
  onOpenCases: () => void
}) {
  const { targetId, form, draft, prefills, needs, checklist } = props.context
  const { sync } = useApplySession(targetId)
  const [sending, setSending] = useState(false)
  const [problem, setProblem] = useState<Problem>()
  const inFlight = useRef(false)
  const queryClient = useQueryClient()

  // The separate consent does not cover what the platform's form now lists: fetch the form again, then drop
  // the consent, so the gate asks for all of it before this page comes back.
  const askConsentAgain = () =>
    void queryClient
      .refetchQueries({ queryKey: formQueryOptions(targetId).queryKey })
      .catch(() => undefined)
      .then(() => updateDraft(targetId, (d, now) => withoutSensitiveConsent(d, now)))

  const submit = async () => {
    if (inFlight.current) return
    setProblem(undefined)
    const built = buildSubmission(form, draft, prefills, needs, new Date())
    if (!built.ok) {
      const step = firstStepToFix(
        sortErrors(
          built.errors,
          formFields(form).map((f) => f.key),
        ),
      )
      if (step === 'consent') return askConsentAgain()
      setServerErrors(targetId, built.errors)
      setProblem({ kind: 'fix', step: step ?? 'form', message: '还有信息没填好，请按提示修改' })
      return
    }
    inFlight.current = true
    setSending(true)
    try {
      const application = await submitApplication(built.request, draft.idempotencyKey)
      props.onFiled(application)
    } catch (error) {
      setProblem(problemOf(error))
      if (error instanceof ApiError && submissionKeySpent(error)) {
        updateDraft(targetId, (d, now) => withNewSubmissionKey(d, newIdempotencyKey(), now))
        if (error.status === 422) setServerErrors(targetId, { ...error.fieldErrors })
        if (error.status === 422 && error.fieldErrors.sensitiveConsent) askConsentAgain()
      }
    } finally {
      inFlight.current = false
      setSending(false)
    }
  }

  function problemOf(error: unknown): Problem {
    if (!(error instanceof ApiError) || error.retryable) {
      return {
        kind: 'uncertain',
        message: `${messageOf(error)}如果不确定是否已提交，请直接点“确认提交”再试，不会重复申请。`,
      }
    }
    if (error.code === 'IDEMPOTENCY_CONFLICT') return { kind: 'maybe-filed' }
    if (error.status === 422 && Object.keys(error.fieldErrors).length > 0) {
      const step = firstStepToFix(
        sortErrors(
          error.fieldErrors,
          formFields(form).map((f) => f.key),
        ),
      )
      // 'consent': the gate asks for it again (askConsentAgain), the message is said meanwhile.
      if (step === 'consent') return { kind: 'uncertain', message: error.fieldErrors.sensitiveConsent ?? '' }
      return { kind: 'fix', step: step ?? 'form', message: error.message }
    }
    return { kind: 'uncertain', message: error.message }
  }

  const sections = reviewSections(form, draft, prefills)
  return (
    <View>
      <StepHeader current="check" title="核对信息" />
      <Text className="apply-lead">请核对以下信息，确认无误后提交。提交后各部门会同时收到您的申请。</Text>

      <View className="apply-section">
        <Text className="apply-section__title">这次一起办理的事项</Text>
        {checklist.items.map((item) => (
          <View key={item.itemId} className="summary-row">
            <Text className="summary-row__value">{item.name}</Text>
            <Text className="summary-row__label">
              {`${item.department} · ${item.committedWorkingDays === 0 ? '即办' : `承诺${item.committedWorkingDays}个工作日`}`}
            </Text>
          </View>
        ))}
        <ChangeLink label="修改我的情况" onClick={props.onChangeAnswers} />
      </View>

      {sections.map((section) => (
        <View key={section.id} className="apply-section">
          <Text className="apply-section__title">{section.title}</Text>
          {section.rows.map((row) => (
            <View key={row.key} className="summary-row">
              <Text className="summary-row__label">{row.label}</Text>
              <Text className="summary-row__value">{row.value}</Text>
              {row.source ? (
                <Text
                  className={`summary-row__source${row.verified ? ' summary-row__source--verified' : ''}`}
                >
                  {row.source}
                </Text>
              ) : null}
            </View>
          ))}
          <ChangeLink label={`修改${section.title}`} onClick={() => props.onEdit('form')} />
        </View>
      ))}

      {needs.length > 0 ? (
        <View className="apply-section">
          <Text className="apply-section__title">材料</Text>
          {needs.map((need) => (
            <View key={need.material.id} className="summary-row">
              <Text className="summary-row__label">{need.material.name}</Text>
              <Text className="summary-row__value">
                {choiceSummary(choiceFor(draft, need.material.id), need)}
              </Text>
            </View>
          ))}
          <ChangeLink label="修改材料" onClick={() => props.onEdit('materials')} />
        </View>
      ) : null}

      <ProblemView
        problem={problem}
        onEdit={props.onEdit}
        onChangeAnswers={props.onChangeAnswers}
        onOpenCases={props.onOpenCases}
      />
      <View className="apply-actions">
        <Button className="tap" type="primary" block loading={sending} disabled={sending} onClick={submit}>
          {sending ? '正在提交…' : '确认提交'}
        </Button>
      </View>
      <SyncNote status={sync} />
    </View>
  )
}

function ChangeLink(props: { label: string; onClick: () => void }) {
  return (
    <TextAction role="link" onClick={props.onClick}>
      {props.label}
    </TextAction>
  )
}

function ProblemView(props: {
  problem: Problem | undefined
  onEdit: (step: ApplyStep) => void
  onChangeAnswers: () => void
  onOpenCases: () => void
}) {
  const { problem } = props
  if (!problem) return null
  if (problem.kind === 'uncertain') return <FormError message={problem.message} />
  if (problem.kind === 'maybe-filed') {
    return (
      <View className="apply-banner apply-banner--warning" {...a11y({ role: 'alert' })}>
        <Text className="apply-banner__title">这份申请可能已经提交过了</Text>
        <Text>
          刚才网络不稳定时，申请可能已经提交成功，之后内容又有改动。请先到“我的办件”查看，避免重复办理。
        </Text>
        <Button className="tap" type="primary" block onClick={props.onOpenCases}>
          查看我的办件
        </Button>
      </View>
    )
  }
  const { step } = problem
  return (
    <View className="apply-banner apply-banner--warning" {...a11y({ role: 'alert' })}>
      <Text className="apply-banner__title">{problem.message}</Text>
      <Button
        className="tap"
        type="primary"
        block
        onClick={() => (step === 'answers' ? props.onChangeAnswers() : props.onEdit(step))}
      >
        {step === 'answers' ? '重新回答问题' : step === 'materials' ? '去修改材料' : '去修改信息'}
      </Button>
    </View>
  )
}
