/**
 * The NutUI React Taro components this app uses, each with its own styles, so the bundles carry only
 * these and not the whole library's CSS (232 KB). Import NutUI from here, never from the package.
 */
import type { ComponentProps } from 'react'
import NutButton from '@nutui/nutui-react-taro/dist/es/packages/button/index'
import { isWeapp } from '../platform/env'
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css'

export { default as Switch } from '@nutui/nutui-react-taro/dist/es/packages/switch/index'
export { default as Dialog } from '@nutui/nutui-react-taro/dist/es/packages/dialog/index'
export { default as Input } from '@nutui/nutui-react-taro/dist/es/packages/input/index'
export { default as Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell/index'
export { default as CellGroup } from '@nutui/nutui-react-taro/dist/es/packages/cellgroup/index'

/**
 * NutUI's Button renders <taro-button-core> on H5, which has no button role: screen readers and
 * axe see plain text. This adds the role and disabled state there (weapp's <button> has them).
 */
export function Button(props: ComponentProps<typeof NutButton>) {
  if (isWeapp) return <NutButton {...props} />
  const a11yProps = {
    role: 'button',
    tabIndex: props.disabled ? -1 : 0,
    'aria-disabled': props.disabled ? 'true' : undefined,
  }
  return <NutButton {...a11yProps} {...props} />
}
