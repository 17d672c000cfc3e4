import { Text, View } from '@tarojs/components'
import { useEffect, useState } from 'react'
import { CASE_STATUS_LABELS, type CaseLookupResult, CaseLookupQuerySchema } from '@contract/api/cases'
import { shanghaiDate } from '@contract/rules/calendar'
import { ApiError } from '@/shared/api/errors'
import { ensureSignedIn } from '@/shared/auth/requireLogin'
import { useContractForm } from '@/shared/forms/useContractForm'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES } from '@/shared/routes'
import { Field } from '@/shared/ui/Field'
import { Button } from '@/shared/ui/nutui'
import { FormError } from '@/shared/ui/StatusView'
import { useLookupCase } from '../api/lookupCase'
import { STATUS_TONES } from '../model/caseView'
import { momentWords } from '../model/dates'
import { isLocked, lockedUntilWords, lookupLock, type LookupLock, WRONG_TRY_WARNING } from '../model/lookup'
import { stepName } from '../model/timeline'
import { DeadlineView } from './DeadlineView'
import { StatusTag } from './StatusTag'
import './cases.scss'

function LookupResult(props: { result: CaseLookupResult; today: string }) {
  const { result, today } = props
  return (
    <View className="card case-facts">
      <View className="case-head">
        <Text className="case-head__title">{result.itemName}</Text>
        <StatusTag label={CASE_STATUS_LABELS[result.status]} tone={STATUS_TONES[result.status]} />
      </View>
      <Text>办件编号 {result.caseNo}</Text>
      <Text className="secondary">办理部门 {result.department}</Text>
      {result.applicantNameMasked ? (
        <Text className="secondary">申请人 {result.applicantNameMasked}</Text>
      ) : null}
      {result.deadline ? (
        <DeadlineView
          deadline={result.deadline}
          status={result.status}
          today={today}
          steps={result.progress}
        />
      ) : null}
      <Text className="section-title">办理过程</Text>
      {[...result.progress].reverse().map((step) => (
        <View key={`${step.at}-${step.status}`} className="lookup-result__progress">
          <Text className="timeline__node">{stepName(step.node, step.status)}</Text>
          <Text className="secondary">
            {momentWords(step.at, today)} · {step.department}
          </Text>
        </View>
      ))}
      <Text className="secondary">
        为保护个人信息，这里只显示概要。登录后可查看部门说明、补正材料和评价。
      </Text>
      <Button
        className="tap primary-action"
        type="primary"
        fill="outline"
        block
        onClick={() => {
          if (ensureSignedIn(ROUTES.cases)) openRoute(ROUTES.cases)
        }}
      >
        登录查看我的办件
      </Button>
    </View>
  )
}

/**
 * 办件查询 without logging in: the number on the receipt and the last 4 digits of the applicant's phone.
 * Nothing typed goes into the URL. The platform limits wrong tries: after one the page says the rule (the
 * platform does not say how many are left); once it refuses (429), the page says until when and 查询 waits
 * until then for that number.
 */
export function CaseLookup() {
  const form = useContractForm(CaseLookupQuerySchema, { caseNo: '', verifier: '' })
  const lookup = useLookupCase()
  const [lock, setLock] = useState<LookupLock>()
  const [wrongTry, setWrongTry] = useState(false)
  const locked = isLocked(lock, form.values.caseNo, Date.now())

  // The lock ends on its own: 查询 comes back and the refusal, no longer true, goes.
  useEffect(() => {
    if (!lock) return undefined
    const timer = setTimeout(
      () => {
        setLock(undefined)
        form.setFormError(undefined)
      },
      Math.max(0, lock.untilMs - Date.now()),
    )
    return () => clearTimeout(timer)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- form.setFormError is a state setter
  }, [lock])

  const submit = () => {
    if (locked) return
    const query = form.validateAll()
    if (!query) return
    setWrongTry(false)
    lookup.mutate(query, {
      onError: (error) => {
        form.showApiError(error)
        if (!(error instanceof ApiError)) return
        if (error.status === 429 && error.retryAfterSeconds !== undefined) {
          setLock(lookupLock(query.caseNo, error.retryAfterSeconds, Date.now()))
        } else if (error.status === 404) {
          setWrongTry(true)
        }
      },
    })
  }

  return (
    <View>
      <View className="card">
        <Field
          {...form.field('caseNo')}
          label="办件编号"
          hint="在受理回执或短信里，例如 ZT20261120104527"
          placeholder="请输入办件编号"
          maxLength={40}
        />
        <Field
          {...form.field('verifier')}
          label="申请人手机号后4位"
          type="number"
          maxLength={4}
          placeholder="4位数字"
        />
        <FormError message={form.formError} />
        {wrongTry ? <Text className="secondary lookup-note">{WRONG_TRY_WARNING}</Text> : null}
        {locked && lock ? (
          <Text className="lookup-note lookup-note--locked">{lockedUntilWords(lock, Date.now())}</Text>
        ) : null}
        <Button
          className="tap primary-action"
          type="primary"
          block
          loading={lookup.isPending}
          disabled={lookup.isPending || locked}
          onClick={submit}
        >
          查询
        </Button>
      </View>
      {lookup.data ? <LookupResult result={lookup.data} today={shanghaiDate(Date.now())} /> : null}
    </View>
  )
}
