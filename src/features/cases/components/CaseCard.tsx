import { Text, View } from '@tarojs/components'
import type { CaseSummary } from '@contract/api/cases'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES, withQuery } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { caseCardView } from '../model/caseView'
import type { Tone } from '../model/deadline'
import { StatusTag } from './StatusTag'

const URGENT_TONES: ReadonlySet<Tone> = new Set(['warning', 'danger'])

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
        // The state as a tag in its tone, as on the case page; an overdue or nearly due case also says
        // what that means in the tone's colour, so it does not look like one going well.
        <View className="case-card__deadline">
          <StatusTag label={view.deadline.label} tone={view.deadline.tone} />
          <Text className={URGENT_TONES.has(view.deadline.tone) ? `case-tone--${view.deadline.tone}` : ''}>
            {view.deadline.text}
          </Text>
        </View>
      ) : null}
      {view.todo ? <Text className="case-todo">{view.todo}</Text> : null}
    </View>
  )
}
