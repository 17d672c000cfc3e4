import './guide.scss'
import { Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { SituationQuestion } from '@contract/api/catalog'
import { a11y, keyboardActivation } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { BackLink } from './BackLink'
import { PageTitle } from './Headings'

/**
 * One situation question on its own page (GOV.UK "question pages"): the question is the page's heading, the
 * options are big radios, 继续 moves on. Rendered with `key={question.id}` so each question starts with its
 * own saved answer selected.
 */
export function QuestionPage(props: {
  caption: string
  question: SituationQuestion
  position: number
  /** The number of questions, or while an answer to come may add one, the most there can be. */
  total: number
  totalIsFinal: boolean
  answer: string | undefined
  onContinue: (value: string) => void
  onBack: () => void
}) {
  const { question } = props
  const [selected, setSelected] = useState(props.answer)
  const [missing, setMissing] = useState(false)
  const choose = (value: string) => {
    setSelected(value)
    setMissing(false)
  }

  return (
    <View className="question-page">
      <BackLink onClick={props.onBack} />
      <Text className="caption">
        {`${props.caption} · 第 ${props.position} 题，${props.totalIsFinal ? '共' : '最多'} ${props.total} 题`}
      </Text>
      <PageTitle>{question.text}</PageTitle>
      {question.hint ? <Text className="question__hint">{question.hint}</Text> : null}
      {missing ? (
        <Text className="question__error" {...a11y({ role: 'alert' })}>
          请选择一项，再点“继续”
        </Text>
      ) : null}
      <View className="radios" {...a11y({ role: 'radiogroup', label: question.text })}>
        {question.options.map((option) => {
          const checked = selected === option.value
          return (
            <View
              key={option.value}
              className={`radio tap${checked ? ' radio--checked' : ''}`}
              onClick={() => choose(option.value)}
              {...a11y({ role: 'radio', checked, label: option.label })}
              {...keyboardActivation(() => choose(option.value))}
            >
              <View className="radio__mark" {...a11y({ hidden: true })} />
              <Text className="radio__label">{option.label}</Text>
            </View>
          )
        })}
      </View>
      <Button
        className="tap primary-action"
        type="primary"
        block
        onClick={() => (selected === undefined ? setMissing(true) : props.onContinue(selected))}
      >
        继续
      </Button>
    </View>
  )
}
