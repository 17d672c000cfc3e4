import { Text } from '@tarojs/components'
import type { Tone } from '../model/deadline'

/** A state in words, its colour only repeating them. */
export function StatusTag(props: { label: string; tone: Tone }) {
  return <Text className={`case-tag case-tone--${props.tone}`}>{props.label}</Text>
}
