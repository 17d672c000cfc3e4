import { Text, View } from '@tarojs/components'
import { useCase } from '../api/getCase'
import './cases.scss'

/** Which case something is about: its item and number, in one line (e.g. above a 办不成事反映). */
export function CaseBrief(props: { caseId: string }) {
  const query = useCase(props.caseId)
  if (!query.data) return null
  return (
    <View className="card case-facts">
      <Text className="secondary">反映的办件</Text>
      <Text className="timeline__node">{query.data.itemName}</Text>
      <Text className="secondary">办件编号 {query.data.caseNo}</Text>
    </View>
  )
}
