import './cardTitle.scss'
import type { ReactNode } from 'react'
import { Text } from '@tarojs/components'
import { a11y } from './a11y'

/** The heading a card opens with: a level-2 heading for screen readers, no gap above it inside the card. */
export function CardTitle(props: { children: ReactNode }) {
  return (
    <Text className="section-title card-title" {...a11y({ role: 'heading' })} aria-level={2}>
      {props.children}
    </Text>
  )
}
