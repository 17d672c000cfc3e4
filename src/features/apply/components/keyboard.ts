import { isWeapp } from '@/shared/platform/env'

/**
 * A View acting as a radio, link or button: on H5 it is reached with Tab and activated with Space or Enter,
 * as the native control would be (WeChat's reader activates it with a tap).
 */
export function keyboardActivation(activate: () => void): Record<string, unknown> {
  if (isWeapp) return {}
  return {
    tabIndex: 0,
    onKeyDown: (event: KeyboardEvent) => {
      if (event.key !== ' ' && event.key !== 'Enter') return
      event.preventDefault()
      activate()
    },
  }
}
