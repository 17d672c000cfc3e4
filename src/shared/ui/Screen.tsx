import type { CSSProperties, ReactNode } from 'react'
import { View } from '@tarojs/components'
import { useMemo } from 'react'
import { readSystemFontScale } from '../platform/system'
import { typeScaleFor, typeScaleStyle } from '../preferences/fontScale'
import { usePreferences } from '../preferences/store'
import { a11y } from './a11y'
import { ConsentDialog } from './ConsentDialog'
import './screen.scss'

const systemFontScale = readSystemFontScale()

/**
 * Every page's root: applies 长辈版 and the system font scale as CSS variables, renders the page
 * title as the one level-1 heading, and hosts the first-run privacy consent.
 */
export function Screen(props: { title?: string; children: ReactNode; className?: string }) {
  const elderMode = usePreferences((state) => state.elderMode)
  const style = useMemo(
    () => typeScaleStyle(typeScaleFor(elderMode, systemFontScale)) as CSSProperties,
    [elderMode],
  )
  return (
    <View
      className={`screen${elderMode ? ' elder' : ''}${props.className ? ` ${props.className}` : ''}`}
      style={style}
    >
      {props.title ? (
        <View className="screen__title" {...a11y({ role: 'heading' })} aria-level={1}>
          {props.title}
        </View>
      ) : null}
      {props.children}
      <ConsentDialog />
    </View>
  )
}
