import './guide.scss'
import { Text, View } from '@tarojs/components'
import { useMemo } from 'react'
import type { GuideResult, SituationAnswers } from '@contract/api/catalog'
import { evaluateSituation, type GuideTarget } from '@contract/rules/situations'
import { ApiError } from '@/shared/api/errors'
import { useGuideEvaluation } from '@/shared/api/guideEvaluation'
import { a11y } from '@/shared/ui/a11y'
import { ErrorSummary } from '@/shared/ui/ErrorSummary'
import {
  groupMaterials,
  hallsText,
  resultsAgree,
  skippedWithReasons,
  visitsText,
  workingDaysText,
  yuanText,
} from '../model/checklist'
import { BackLink } from './BackLink'
import { ChecklistActions } from './ChecklistActions'
import { EntryRow } from './EntryRow'
import { Facts } from './Facts'
import { PageTitle, SectionTitle } from './Headings'
import { MaterialList } from './MaterialList'

/**
 * The personalised checklist. The device evaluates the answers at once (it works offline); the platform's
 * answer to the same answers confirms it, and wins if the two ever differ (its guide may be newer).
 */
export function Checklist(props: { target: GuideTarget; answers: SituationAnswers; onBack: () => void }) {
  const { target, answers } = props
  const offline = useMemo(() => evaluateSituation(target, answers), [target, answers])
  const platform = useGuideEvaluation(target.id, answers, { enabled: offline.ok })

  if (!offline.ok) {
    return (
      <View>
        <BackLink onClick={props.onBack} label="返回修改回答" />
        <ErrorSummary>
          {Object.values(offline.errors).map((message) => (
            <Text key={message} className="error-summary__item">
              {message}
            </Text>
          ))}
        </ErrorSummary>
      </View>
    )
  }

  const result = platform.data ?? offline.result
  return (
    <View className="checklist">
      <BackLink onClick={props.onBack} label="返回修改回答" />
      <Text className="caption">{target.name}</Text>
      <PageTitle>您的办事清单</PageTitle>
      <PlatformCheck offline={offline.result} platform={platform} />
      <ChecklistBody result={result} target={target} answers={answers} />
      <ChecklistActions result={result} answers={answers} />
    </View>
  )
}

function PlatformCheck(props: { offline: GuideResult; platform: ReturnType<typeof useGuideEvaluation> }) {
  const { platform } = props
  let message: string
  if (platform.data) {
    message = resultsAgree(platform.data, props.offline)
      ? '已与省政务服务平台核对，清单一致。'
      : '已按省政务服务平台最新的办事指南更新清单。'
  } else if (platform.isError) {
    message =
      platform.error instanceof ApiError && platform.error.kind === 'rejected'
        ? `平台核对未通过：${platform.error.message}`
        : '暂时连不上省政务服务平台，以下清单根据已下载的办事指南生成，办理前请再核对一次。'
  } else {
    message = '正在与省政务服务平台核对…'
  }
  return (
    <Text className="platform-check" {...a11y({ role: 'status' })}>
      {message}
    </Text>
  )
}

function ChecklistBody(props: { result: GuideResult; target: GuideTarget; answers: SituationAnswers }) {
  const { result } = props
  const groups = groupMaterials(result.materials, result.visits)
  const skipped = skippedWithReasons(props.target, result, props.answers)
  return (
    <View>
      <Facts
        facts={[
          { label: '办结时限', value: workingDaysText(result.committedWorkingDays) },
          { label: '跑动次数', value: visitsText(result.visits) },
          { label: '收费', value: yuanText(result.feeYuan) },
          ...(result.halls.length > 0 ? [{ label: '办理地点', value: hallsText(result.halls) }] : []),
        ]}
      />
      {result.feeYuan > 0 ? (
        <View className="card">
          {result.fees
            .filter((fee) => fee.amountYuan > 0)
            .map((fee) => (
              <Text key={fee.itemId} className="bullet">
                {`${fee.name}：${yuanText(fee.amountYuan)}（${fee.description}）`}
              </Text>
            ))}
        </View>
      ) : null}

      <SectionTitle>{`要办的事项（${result.items.length} 项）`}</SectionTitle>
      <View className="card card--list">
        {result.items.map((item) => (
          <EntryRow
            key={item.itemId}
            id={item.itemId}
            kind="item"
            name={item.name}
            department={item.department}
          />
        ))}
      </View>

      {skipped.length > 0 ? (
        <View>
          <SectionTitle>{`不用办的事项（${skipped.length} 项）`}</SectionTitle>
          <View className="card">
            {skipped.map((item) => (
              <View key={item.itemId} className="skipped">
                <Text className="skipped__name">{item.name}</Text>
                <Text className="secondary">{item.reason}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}

      <SectionTitle>{`材料清单（共 ${result.materials.length} 项，已去掉重复的）`}</SectionTitle>
      {groups.map((group) => (
        <View key={group.kind} className="card card--list material-group">
          <Text className="material-group__title" {...a11y({ role: 'heading' })} aria-level={3}>
            {`${group.title}（${group.materials.length} 项）`}
          </Text>
          <Text className="secondary">{group.hint}</Text>
          <MaterialList materials={group.materials} online={result.visits <= 0} group={group.kind} />
        </View>
      ))}

      {result.notes.length > 0 ? (
        <View>
          <SectionTitle>温馨提示</SectionTitle>
          <View className="card">
            {result.notes.map((note) => (
              <Text key={note} className="bullet">
                {note}
              </Text>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}
