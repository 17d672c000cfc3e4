import { View, Text, Button } from '@tarojs/components'
import { Switch } from '@nutui/nutui-react-taro'
import { useQuery } from '@tanstack/react-query'
import { create } from 'zustand'
import Taro from '@tarojs/taro'
import './probe.scss'

interface CountState {
  count: number
  inc: () => void
}
export const useCount = create<CountState>((set) => ({ count: 0, inc: () => set((s) => ({ count: s.count + 1 })) }))

export default function ProbePage({ fetcher }: { fetcher: () => Promise<string> }) {
  const { count, inc } = useCount()
  const q = useQuery({ queryKey: ['probe'], queryFn: fetcher })
  Taro.useLoad?.(() => {})
  return (
    <View className='probe'>
      <Text data-testid='greeting'>{q.isPending ? '加载中' : q.data}</Text>
      <Text data-testid='count'>次数 {count}</Text>
      <Button onClick={inc}>加一</Button>
      <Switch defaultChecked={false} onChange={(v) => v && inc()} />
      <Text>{API_BASE_URL}</Text>
    </View>
  )
}
