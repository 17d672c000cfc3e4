import Taro from '@tarojs/taro'

/** Ends the pull-down-to-refresh animation a page started (page config `enablePullDownRefresh`). */
export function stopPullDownRefresh(): void {
  void Promise.resolve(Taro.stopPullDownRefresh()).catch(() => undefined)
}
