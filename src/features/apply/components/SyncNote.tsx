import { Text } from '@tarojs/components'
import type { SyncStatus } from './applySession'

const WORDS: Record<SyncStatus, string> = {
  local: '填写的内容已自动保存在本机',
  saving: '已保存在本机，正在同步到云端…',
  saved: '已自动保存，换一台手机登录也能继续填写',
  offline: '网络不通，内容已保存在本机，联网后会自动同步',
}

/** Says, every time, that nothing typed is lost. */
export function SyncNote(props: { status: SyncStatus }) {
  return <Text className="sync-note">{WORDS[props.status]}</Text>
}
