import './guide.scss'
import { Button as TaroButton, Text, View } from '@tarojs/components'
import { useState } from 'react'
import type { GuideResult, SituationAnswers } from '@contract/api/catalog'
import { encodeAnswers } from '@/shared/answersParam'
import { useHalls } from '@/shared/api/halls'
import { isWeapp } from '@/shared/platform/env'
import { showToast } from '@/shared/platform/feedback'
import { openRoute } from '@/shared/platform/navigation'
import { callPhone } from '@/shared/platform/phone'
import { shareWebLink } from '@/shared/platform/share'
import { ROUTES, withQuery } from '@/shared/routes'
import { a11y } from '@/shared/ui/a11y'
import { Button } from '@/shared/ui/nutui'
import { useItemGuides } from '../api/getItemGuide'
import { SectionTitle } from './Headings'

/** What to do with the checklist: apply online, book a visit, share it, call the hall. */
export function ChecklistActions(props: { result: GuideResult; answers: SituationAnswers }) {
  const { result } = props
  return (
    <View className="guide-actions">
      {result.online ? <ApplyButton result={result} answers={props.answers} /> : null}
      <BookButton result={result} />
      <ShareButton title={result.name} route={withQuery(ROUTES.guideBundle, { id: result.targetId })} />
      <HallPhones hallIds={result.halls.map((hall) => hall.hallId)} />
    </View>
  )
}

/** 在线办理: the one merged form (一表申请), told the answers so it asks only for what applies. */
function ApplyButton(props: { result: GuideResult; answers: SituationAnswers }) {
  return (
    <Button
      className="tap primary-action"
      type="primary"
      block
      onClick={() =>
        openRoute(
          withQuery(ROUTES.apply, { targetId: props.result.targetId, answers: encodeAnswers(props.answers) }),
        )
      }
    >
      在线办理
    </Button>
  )
}

/** 预约办理 for the first applicable item that a hall takes (a hall books items, not bundles). */
function BookButton(props: { result: GuideResult }) {
  const guides = useItemGuides(props.result.items.map((item) => item.itemId))
  const bookable = guides.find((guide) => guide.data && guide.data.halls.length > 0)?.data
  if (!bookable) return null
  const onlyHall = bookable.halls.length === 1 ? bookable.halls[0]?.hallId : undefined
  return (
    <Button
      className="tap primary-action"
      type="primary"
      block
      onClick={() =>
        openRoute(withQuery(ROUTES.appointmentBook, { serviceId: bookable.id, hallId: onlyHall }))
      }
    >
      预约办理
    </Button>
  )
}

/**
 * Shares the page, never the answers (they describe the citizen's family): the person it is sent to answers
 * for themselves. WeChat shares through the page's onShareAppMessage; a browser gets a link.
 */
function ShareButton(props: { title: string; route: string }) {
  if (isWeapp) {
    return (
      <TaroButton className="share-button tap" openType="share">
        分享给家人
      </TaroButton>
    )
  }
  return (
    <Button
      className="tap primary-action"
      type="primary"
      fill="outline"
      block
      onClick={async () => {
        const outcome = await shareWebLink(props.title, props.route)
        if (outcome === 'copied') showToast('链接已复制，可以粘贴发给家人')
        if (outcome === 'failed') showToast('没能复制链接，请截图分享')
      }}
    >
      分享给家人
    </Button>
  )
}

const PHONES_AT_FIRST = 3

/** The 咨询电话 of the halls that handle the case; a long list folds after the first few. */
function HallPhones(props: { hallIds: string[] }) {
  const halls = useHalls({ enabled: props.hallIds.length > 0 })
  const [all, setAll] = useState(false)
  const wanted = new Set(props.hallIds)
  const phones = (halls.data?.items ?? []).filter((hall) => wanted.has(hall.id) && hall.phone)
  if (phones.length === 0) return null
  const folds = phones.length > PHONES_AT_FIRST + 1
  const listed = folds && !all ? phones.slice(0, PHONES_AT_FIRST) : phones
  return (
    <View>
      <SectionTitle>有疑问？打电话问大厅</SectionTitle>
      <View className="card card--list">
        {listed.map((hall) => (
          <View
            key={hall.id}
            className="hall-phone tap"
            onClick={() => callPhone(hall.phone)}
            {...a11y({ role: 'button' })}
          >
            <View className="hall-phone__text">
              <Text className="hall-phone__name">{hall.name}</Text>
              <Text className="secondary">{hall.phone}</Text>
            </View>
            <Text className="hall-phone__action">拨打电话</Text>
          </View>
        ))}
        {folds ? (
          <View className="list-toggle tap" onClick={() => setAll(!all)} {...a11y({ role: 'button' })}>
            {all ? '收起' : `查看全部 ${phones.length} 个大厅的电话`}
          </View>
        ) : null}
      </View>
    </View>
  )
}
