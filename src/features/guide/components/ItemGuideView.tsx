import './guide.scss'
import { Text, View } from '@tarojs/components'
import type { ItemGuide } from '@contract/api/catalog'
import { openRoute } from '@/shared/platform/navigation'
import { ROUTES, withQuery } from '@/shared/routes'
import { Button } from '@/shared/ui/nutui'
import { EmptyView, ErrorView, LoadingView } from '@/shared/ui/StatusView'
import { useItemGuide } from '../api/getItemGuide'
import { visitsText, workingDaysText, yuanText } from '../model/checklist'
import { Facts } from './Facts'
import { MaterialList } from './MaterialList'
import { PageTitle, SectionTitle } from './Headings'

const LEVEL_LABELS: Record<ItemGuide['level'], string> = {
  province: '省级',
  city: '市级',
  county: '县级',
  township: '乡镇（街道）级',
}

/** The full 办事指南 of one item, then what to do next: answer its questions, or book a visit. */
export function ItemGuideView(props: { itemId: string | undefined }) {
  const query = useItemGuide(props.itemId)
  if (!props.itemId) return <MissingTarget />
  if (query.isPending) return <LoadingView label="正在加载办事指南…" />
  if (query.isError) return <ErrorView error={query.error} onRetry={() => void query.refetch()} />
  const item = query.data

  return (
    <View className="item-guide">
      <PageTitle>{item.name}</PageTitle>
      <Text className="secondary">
        {`${item.department} · ${LEVEL_LABELS[item.level]} · ${item.itemType}`}
      </Text>
      <Text className="guide-summary">{item.summary}</Text>

      <Facts
        facts={[
          { label: '承诺时限', value: workingDaysText(item.committedWorkingDays) },
          { label: '法定时限', value: `${item.statutoryWorkingDays} 个工作日` },
          { label: '跑动次数', value: visitsText(item.visits) },
          {
            label: '收费',
            value: `${yuanText(item.fee.amountYuan)}${item.fee.amountYuan > 0 ? `（${item.fee.description}）` : ''}`,
          },
          { label: '网上申请', value: item.online ? '支持' : '不支持，请到窗口办理' },
        ]}
      />

      <GuideActions item={item} />

      {item.conditions.length > 0 ? (
        <View>
          <SectionTitle>受理条件</SectionTitle>
          <View className="card">
            {item.conditions.map((condition, index) => (
              <Text key={index} className="bullet">
                {condition}
              </Text>
            ))}
          </View>
        </View>
      ) : null}

      <SectionTitle>{`申请材料（${item.materials.length} 项）`}</SectionTitle>
      <View className="card card--list">
        <MaterialList materials={item.materials} online={item.visits <= 0} />
      </View>

      {item.halls.length > 0 ? (
        <View>
          <SectionTitle>办理地点</SectionTitle>
          <View className="card">
            <Text>{item.halls.map((hall) => hall.name).join('、')}</Text>
          </View>
        </View>
      ) : null}

      {item.faq.length > 0 ? (
        <View>
          <SectionTitle>常见问题</SectionTitle>
          <View className="card">
            {item.faq.map((entry) => (
              <View key={entry.question} className="faq">
                <Text className="faq__question">问：{entry.question}</Text>
                <Text className="faq__answer">答：{entry.answer}</Text>
              </View>
            ))}
          </View>
        </View>
      ) : null}
    </View>
  )
}

function GuideActions(props: { item: ItemGuide }) {
  const { item } = props
  const onlyHall = item.halls.length === 1 ? item.halls[0]?.hallId : undefined
  return (
    <View className="guide-actions">
      {item.questions.length > 0 ? (
        <View>
          <Text className="guide-actions__hint">{`回答 ${item.questions.length} 个问题，就知道您要带哪些材料。`}</Text>
          <Button
            className="tap primary-action"
            type="primary"
            block
            onClick={() => openRoute(withQuery(ROUTES.guideBundle, { id: item.id }))}
          >
            开始问答
          </Button>
        </View>
      ) : null}
      {item.halls.length > 0 ? (
        <Button
          className="tap primary-action"
          type="primary"
          fill="outline"
          block
          onClick={() =>
            openRoute(withQuery(ROUTES.appointmentBook, { serviceId: item.id, hallId: onlyHall }))
          }
        >
          预约办理
        </Button>
      ) : null}
    </View>
  )
}

export function MissingTarget() {
  return (
    <EmptyView
      message="没有找到要查看的服务，请从搜索进入。"
      action={{ label: '去搜索', onClick: () => openRoute(ROUTES.guideSearch) }}
    />
  )
}
