import './textAction.scss'
import { View } from '@tarojs/components'
import type { ReactNode } from 'react'
import { a11y, keyboardActivation } from './a11y'

/** A text-only action (修改, 删除, 重试, 清除) with a full touch target and keyboard activation. */
export function TextAction(props: {
  children: ReactNode
  onClick: () => void
  /** Spoken name when the visible word alone is ambiguous ("删除" which file). */
  label?: string
  role?: 'button' | 'link'
  danger?: boolean
}) {
  return (
    <View
      className={`text-action tap${props.danger ? ' text-action--danger' : ''}`}
      onClick={props.onClick}
      {...a11y({ role: props.role ?? 'button', label: props.label })}
      {...keyboardActivation(props.onClick)}
    >
      {props.children}
    </View>
  )
}
