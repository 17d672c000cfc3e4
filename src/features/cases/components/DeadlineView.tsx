import { Text, View } from '@tarojs/components'
import type { CaseStatus, Deadline } from '@contract/api/cases'
import { dateWords } from '../model/dates'
import { deadlineWords, promiseWords } from '../model/deadline'
import { StatusTag } from './StatusTag'

/** 承诺时限: the state in words, what is left, and why the clock stands still when it does. */
export function DeadlineView(props: { deadline: Deadline; status: CaseStatus; today: string }) {
  const { deadline, status, today } = props
  const words = deadlineWords(deadline, status, today)
  return (
    <View className="case-deadline">
      <View className="case-deadline__row">
        <Text>承诺时限</Text>
        <StatusTag label={words.label} tone={words.tone} />
      </View>
      <Text>{words.text}</Text>
      <Text className="secondary">
        {`${promiseWords(deadline.committedWorkingDays)}，${dateWords(deadline.startDate, today)}受理，周末和法定节假日不计算`}
        {deadline.pausedWorkingDays > 0 ? `；补正、特别程序已暂停${deadline.pausedWorkingDays}个工作日` : ''}
      </Text>
    </View>
  )
}
