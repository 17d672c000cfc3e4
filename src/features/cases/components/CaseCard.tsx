import { Text, View } from '@tarojs/components'
import type { CaseSummary } from '@contract/api/cases'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES, withQuery } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { caseCardView } from '../model/caseView'
import { StatusTag } from './StatusTag'

export const caseDetailRoute = (caseId: string) => withQuery(ROUTES.caseDetail, { id: caseId })

/** One case in 我的办件: what, where it is, how much time is left, and what the citizen must do. */
export function CaseCard(props: { item: CaseSummary; today: string }) {
  const view = caseCardView(props.item, props.today)
  return (
    <View
      className="card case-card tap"
      onClick={() => openRoute(caseDetailRoute(props.item.caseId))}
      {...a11y({ role: 'link', label: view.summary })}
    >
      <View className="case-card__head">
        <Text className="case-card__title">{view.title}</Text>
        <StatusTag {...view.status} />
      </View>
      <Text className="secondary">办件编号 {view.caseNo}</Text>
      {view.deadline ? (
        <Text>
          {view.deadline.label}：{view.deadline.text}
        </Text>
      ) : null}
      {view.todo ? <Text className="case-todo">{view.todo}</Text> : null}
    </View>
  )
}
