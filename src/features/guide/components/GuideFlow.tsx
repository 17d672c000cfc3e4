import './guide.scss'
import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { checkAnswers, type GuideTarget, visitsFor } from '@contract/rules/situations'
import { goBack } from '@/shared/platform/navigation'
import { scrollToTop } from '@/shared/platform/scroll'
import { ROUTES } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { ErrorView, LoadingView } from '@/shared/ui/StatusView'
import {
  answer,
  answerRows,
  back,
  begin,
  change,
  confirm,
  initialFlow,
  progressOf,
  type FlowState,
} from '../model/questionFlow'
import { bundlePromise, visitsText, workingDaysText } from '../model/checklist'
import { AnswersReview } from './AnswersReview'
import { Checklist } from './Checklist'
import { Facts } from './Facts'
import { PageTitle, SectionTitle } from './Headings'
import { MissingTarget } from './ItemGuideView'
import { QuestionPage } from './QuestionPage'
import { useGuideTarget } from './useGuideTarget'

/**
 * A 一件事 (or an item with situations) from start to checklist, all on one page: weapp keeps at most ten pages
 * on its stack, so the questions are steps of this page, not pages of their own. Answers stay in memory only.
 */
export function GuideFlow(props: { targetId: string | undefined }) {
  const { target, summary, isPending, error, refetch } = useGuideTarget(props.targetId)
  const [flow, setFlow] = useState<FlowState>(initialFlow)
  const stepKey = flow.step.kind === 'question' ? flow.step.questionId : flow.step.kind
  useEffect(() => scrollToTop(), [stepKey])

  if (!props.targetId) return <MissingTarget />
  if (!target)
    return error ? <ErrorView error={error} onRetry={refetch} /> : isPending ? <LoadingView /> : null

  const { questions } = target
  const { step } = flow
  switch (step.kind) {
    case 'intro':
      return <Intro target={target} summary={summary} onStart={() => setFlow(begin(questions, flow))} />
    case 'question': {
      const question = questions.find((q) => q.id === step.questionId)
      if (!question) return null
      const { position, total, totalIsFinal } = progressOf(questions, flow.answers, question.id)
      return (
        <QuestionPage
          key={question.id}
          caption={target.name}
          question={question}
          position={position}
          total={total}
          totalIsFinal={totalIsFinal}
          answer={flow.answers[question.id]}
          onContinue={(value) => setFlow(answer(questions, flow, question.id, value))}
          onBack={() => setFlow(back(questions, flow))}
        />
      )
    }
    case 'review':
      return (
        <AnswersReview
          caption={target.name}
          rows={answerRows(questions, flow.answers)}
          problems={checkAnswers(target, flow.answers)}
          questions={questions}
          onChange={(questionId) => setFlow(change(flow, questionId))}
          onConfirm={() => setFlow(confirm(flow))}
          onBack={() => setFlow(back(questions, flow))}
        />
      )
    case 'checklist':
      return (
        <Checklist target={target} answers={flow.answers} onBack={() => setFlow(back(questions, flow))} />
      )
  }
}

function Intro(props: { target: GuideTarget; summary: string | undefined; onStart: () => void }) {
  const { target } = props
  const promise = bundlePromise(target)
  const always = target.questions.filter((q) => !q.showIf).length
  const most = target.questions.length
  const howMany = always === most ? `${most}` : `${always}～${most}`
  return (
    <View className="flow-intro">
      <PageTitle>{target.name}</PageTitle>
      {props.summary ? <Text className="guide-summary">{props.summary}</Text> : null}
      {target.kind === 'bundle' ? (
        <Text className="promise" {...a11y({ role: 'note' })}>
          {`一次申请、一套材料、一次办成：${promise.itemCount} 个事项合并办理，${workingDaysText(promise.workingDays)}` +
            (promise.separateWorkingDays > promise.workingDays
              ? `（分开办合计约 ${promise.separateWorkingDays} 个工作日）。`
              : '。')}
        </Text>
      ) : null}
      <Text className="flow-intro__how">
        {most > 0
          ? `回答 ${howMany} 个问题（每页一个），就知道您要办哪些事项、带哪些材料。回答只用来生成清单，不会保存。`
          : '这项服务不需要回答问题，直接查看办事清单。'}
      </Text>
      <Button className="tap primary-action" type="primary" block onClick={props.onStart}>
        {most > 0 ? '开始回答' : '查看办事清单'}
      </Button>
      <Facts
        facts={[
          { label: '办结时限', value: workingDaysText(target.committedWorkingDays) },
          { label: '跑动次数', value: visitsText(visitsFor(target, target.members), { upTo: true }) },
        ]}
      />
      {target.kind === 'bundle' ? (
        <View>
          <SectionTitle>{`包含的事项（${promise.itemCount} 项）`}</SectionTitle>
          <View className="card">
            {target.members.map((member) => (
              <View key={member.itemId} className="member">
                <Text className="member__name">{member.name}</Text>
                <Text className="secondary">{member.department}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
      <Button className="tap primary-action" fill="none" block onClick={() => goBack(ROUTES.guideSearch)}>
        返回
      </Button>
    </View>
  )
}
