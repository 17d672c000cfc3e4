import Taro from '@tarojs/taro'
import { isWeapp } from './env'

/**
 * Asks for one-time subscribe messages. WeChat only allows this from a tap handler; on H5 there is
 * nothing to ask and the caller records the reminder on the platform instead.
 * Returns the template ids the user accepted.
 */
export async function requestSubscribe(templateIds: string[]): Promise<string[]> {
  if (!isWeapp || templateIds.length === 0) return []
  try {
    const result = (await Taro.requestSubscribeMessage({
      tmplIds: templateIds,
    } as never)) as unknown as Record<string, string>
    return templateIds.filter((id) => result[id] === 'accept')
  } catch {
    return []
  }
}
