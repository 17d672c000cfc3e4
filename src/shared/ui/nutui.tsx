/**
 * The NutUI React Taro components this app uses, each with its own styles, so the bundles carry only
 * these and not the whole library's CSS (232 KB). Import NutUI from here, never from the package.
 */
import '@nutui/nutui-react-taro/dist/es/packages/button/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/switch/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/dialog/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/input/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cell/style/css'
import '@nutui/nutui-react-taro/dist/es/packages/cellgroup/style/css'

export { default as Button } from '@nutui/nutui-react-taro/dist/es/packages/button/index'
export { default as Switch } from '@nutui/nutui-react-taro/dist/es/packages/switch/index'
export { default as Dialog } from '@nutui/nutui-react-taro/dist/es/packages/dialog/index'
export { default as Input } from '@nutui/nutui-react-taro/dist/es/packages/input/index'
export { default as Cell } from '@nutui/nutui-react-taro/dist/es/packages/cell/index'
export { default as CellGroup } from '@nutui/nutui-react-taro/dist/es/packages/cellgroup/index'
