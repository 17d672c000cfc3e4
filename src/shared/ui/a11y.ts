import { isWeapp } from '../platform/env'

/**
 * Accessibility attributes for both faces: WeChat reads aria-role/aria-label (Taro's `ariaRole`,
 * `ariaLabel`); H5 needs real `role`/`aria-*` attributes for screen readers and axe.
 */
export function a11y(options: { role?: string; label?: string; checked?: boolean; hidden?: boolean }) {
  if (isWeapp) {
    return {
      ariaRole: options.role,
      ariaLabel: options.label,
      ariaChecked: options.checked,
      ariaHidden: options.hidden,
    } as Record<string, unknown>
  }
  return {
    role: options.role,
    'aria-label': options.label,
    'aria-checked': options.checked === undefined ? undefined : String(options.checked),
    'aria-hidden': options.hidden ? 'true' : undefined,
  } as Record<string, unknown>
}

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
