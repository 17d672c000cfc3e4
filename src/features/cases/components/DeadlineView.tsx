import { Text, View } from '@tarojs/components'
import type { CaseStatus, Deadline } from '@contract/api/cases'
import { deadlineBasisWords, deadlineWords } from '../model/deadline'
import { StatusTag } from './StatusTag'

/** 承诺时限: the state in words, what is left, and why the clock stands still when it does. */
export function DeadlineView(props: {
  deadline: Deadline
  status: CaseStatus
  today: string
  /** The case's steps (timeline or lookup progress): which of 补正 / 特别程序 paused the clock. */
  steps: readonly { status: CaseStatus }[]
}) {
  const { deadline, status, today } = props
  const words = deadlineWords(deadline, status, today)
  return (
    <View className="case-deadline">
      <View className="case-deadline__row">
        <Text>承诺时限</Text>
        <StatusTag label={words.label} tone={words.tone} />
      </View>
      <Text>{words.text}</Text>
      <Text className="secondary">{deadlineBasisWords(deadline, today, props.steps)}</Text>
    </View>
  )
}
