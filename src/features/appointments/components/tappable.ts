import { isH5 } from '@/shared/platform/env'
import { a11y } from '@/shared/ui/a11y'

/**
 * A View that acts as a button or link: its role and name for screen readers (a11y), and on H5 a place in
 * the keyboard order, which a <div> does not have by itself (WeChat has no keyboard focus).
 */
export function tappable(role: 'button' | 'link' | 'radio', label?: string, checked?: boolean) {
  return { ...a11y({ role, label, checked }), ...(isH5 ? { tabIndex: 0 } : {}) }
}
