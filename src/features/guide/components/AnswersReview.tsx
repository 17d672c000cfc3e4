import './guide.scss'
import { Text, View } from '@tarojs/components'
import type { SituationQuestion } from '@contract/api/catalog'
import { ErrorSummary } from '@/shared/ui/ErrorSummary'
import { Button } from '@/shared/ui/nutui'
import { TextAction } from '@/shared/ui/TextAction'
import type { AnswerRow } from '../model/questionFlow'
import { BackLink } from './BackLink'
import { PageTitle } from './Headings'

/**
 * Check your answers: every answer with a 修改 link back to its question. Answers the rules refuse (a
 * combination that cannot be done this way) are listed first, each with the way to fix it.
 */
export function AnswersReview(props: {
  caption: string
  rows: AnswerRow[]
  problems: Record<string, string>
  questions: SituationQuestion[]
  onChange: (questionId: string) => void
  onConfirm: () => void
  onBack: () => void
}) {
  const problemIds = Object.keys(props.problems)
  const textOf = (id: string) => props.questions.find((q) => q.id === id)?.text ?? ''
  return (
    <View className="answers-review">
      <BackLink onClick={props.onBack} />
      <Text className="caption">{props.caption}</Text>
      <PageTitle>核对您的回答</PageTitle>
      {problemIds.length > 0 ? (
        <ErrorSummary title="有回答需要修改">
          {problemIds.map((id) => (
            <View key={id} className="error-summary__item">
              <Text>{props.problems[id]}</Text>
              {textOf(id) ? (
                <TextAction role="link" label={`去修改：${textOf(id)}`} onClick={() => props.onChange(id)}>
                  去修改
                </TextAction>
              ) : null}
            </View>
          ))}
        </ErrorSummary>
      ) : null}
      <View className="card card--list">
        {props.rows.map((row) => (
          <View key={row.question.id} className="answer-row">
            <View className="answer-row__text">
              <Text className="answer-row__question">{row.question.text}</Text>
              <Text className="answer-row__answer">{row.answerLabel ?? '未回答'}</Text>
            </View>
            <TextAction
              role="link"
              label={`修改：${row.question.text}`}
              onClick={() => props.onChange(row.question.id)}
            >
              修改
            </TextAction>
          </View>
        ))}
      </View>
      <Button
        className="tap primary-action"
        type="primary"
        block
        disabled={problemIds.length > 0}
        onClick={props.onConfirm}
      >
        确认，查看我的办事清单
      </Button>
    </View>
  )
}
