import Taro from '@tarojs/taro'

/** App returns to the foreground (weapp onAppShow, H5 visibilitychange). Returns an unsubscribe. */
export function onAppForeground(listener: () => void): () => void {
  Taro.onAppShow?.(listener)
  return () => Taro.offAppShow?.(listener)
}

/** Network up/down. Returns an unsubscribe. */
export function onNetworkChange(listener: (online: boolean) => void): () => void {
  const handler = (result: { isConnected: boolean }) => listener(result.isConnected)
  Taro.onNetworkStatusChange?.(handler)
  return () => Taro.offNetworkStatusChange?.(handler)
}
