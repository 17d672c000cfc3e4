import './apply.scss'
import { Text, View } from '@tarojs/components'
import { isSignedIn, useSession } from '@/shared/api/session'
import { ensureSignedIn } from '@/shared/auth/requireLogin'
import { a11y, keyboardActivation } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { EmptyView, ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { useApplication } from '../api/getApplication'
import { dateLabel } from '../model/time'

/**
 * The confirmation (GOV.UK): every case number, each opening its progress page, and what happens next. Loaded
 * by id, so it survives a reload; right after submitting it shows from memory at once.
 */
export function Confirmation(props: {
  applicationId: string
  onOpenCase: (caseId: string) => void
  onOpenCases: () => void
  onHome: () => void
}) {
  const signedIn = useSession(isSignedIn)
  const query = useApplication(signedIn && props.applicationId ? props.applicationId : undefined)
  if (!signedIn) {
    return (
      <EmptyView
        message="请先登录，再查看提交结果。"
        action={{ label: '去登录', onClick: () => ensureSignedIn() }}
      />
    )
  }
  if (!props.applicationId) {
    return (
      <EmptyView
        message="没有找到这份申请。已提交的申请可以在“我的办件”查看。"
        action={{ label: '查看我的办件', onClick: props.onOpenCases }}
      />
    )
  }
  if (query.isPending) return <LoadingView />
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />
  const application = query.data
  const { cases, deferred } = application

  return (
    <View>
      <View className="confirmation" {...a11y({ role: 'status' })}>
        <Text className="confirmation__title">申请已提交</Text>
        <Text className="confirmation__lead">
          {cases.length > 1
            ? `${application.name}：${cases.length}个事项已同时提交给${new Set(cases.map((c) => c.department)).size}个部门`
            : `${application.name}已提交`}
        </Text>
      </View>

      <View className="apply-section">
        <Text className="apply-section__title">办件编号</Text>
        <Text className="apply-section__hint">请记下编号，点编号可以查看办理进度。</Text>
        {cases.map((c) => (
          <View
            key={c.caseId}
            className="case-link tap"
            onClick={() => props.onOpenCase(c.caseId)}
            {...a11y({ role: 'link' })}
            {...keyboardActivation(() => props.onOpenCase(c.caseId))}
          >
            <Text className="summary-row__label">{c.itemName}</Text>
            <Text className="case-link__no">{c.caseNo}</Text>
            <Text className="summary-row__label">
              {`${c.department} · ${c.committedWorkingDays === 0 ? '即办件' : `承诺${c.committedWorkingDays}个工作日办结`}`}
            </Text>
          </View>
        ))}
      </View>

      <View className="apply-section">
        <Text className="apply-section__title">接下来</Text>
        <Text className="apply-lead">
          {`1. 各部门会审核您的申请，受理后开始计算办理时限${
            cases.length > 1 ? `；整件事承诺${application.committedWorkingDays}个工作日内办完` : ''
          }。`}
        </Text>
        <Text className="apply-lead">
          2. 受理、需要补正材料和办结时，会通过短信通知您，也可以随时在“我的办件”查看。
        </Text>
        {deferred.map((d) => (
          <Text key={d.materialId} className="apply-lead field-warning">
            {`请在${d.dueDate ? ` ${dateLabel(d.dueDate)} 前` : `提交后${d.workingDays}个工作日内`}补交“${d.name}”（容缺受理）。`}
          </Text>
        ))}
      </View>

      <View className="apply-actions">
        <Button className="tap" type="primary" block onClick={props.onOpenCases}>
          查看我的办件
        </Button>
        <Button className="tap" type="primary" fill="outline" block onClick={props.onHome}>
          返回首页
        </Button>
      </View>
    </View>
  )
}
