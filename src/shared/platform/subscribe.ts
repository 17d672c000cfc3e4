import Taro from '@tarojs/taro'
import { isWeapp } from './env'

/** The citizen did not allow WeChat's one-time message; `message` says what to do instead, in plain words. */
export class SubscribeDeclinedError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'SubscribeDeclinedError'
  }
}

/**
 * The template ids to record with the platform. weapp: asks WeChat for one-time subscribe messages (only
 * allowed from a tap handler) and throws SubscribeDeclinedError when none was accepted. H5: nothing to ask,
 * `[]` (the platform texts the login phone instead).
 */
export async function acceptedSubscriptions(
  templateIds: string[],
  declinedMessage: string,
): Promise<string[]> {
  if (!isWeapp || templateIds.length === 0) return []
  let accepted: string[] = []
  try {
    const result = (await Taro.requestSubscribeMessage({
      tmplIds: templateIds,
    } as never)) as unknown as Record<string, string>
    accepted = templateIds.filter((id) => result[id] === 'accept')
  } catch {
    // A failed prompt is a decline: the citizen got no way to say yes.
  }
  if (accepted.length === 0) throw new SubscribeDeclinedError(declinedMessage)
  return accepted
}
