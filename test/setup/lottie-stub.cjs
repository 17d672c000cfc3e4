// lottie-web draws on a <canvas> at import time (jsdom has no canvas 2D context) and
// @nutui/lottie-miniprogram builds SVG nodes and warns at import time. NutUI's package barrel imports its
// Lottie component, so every `import { X } from '@nutui/nutui-react-taro'` would crash or be noisy.
// Animations are not under test: render nothing, animate nothing.
const Lottie = () => null
const animation = {
  play() {},
  pause() {},
  stop() {},
  destroy() {},
  addEventListener() {},
  removeEventListener() {},
}
module.exports = {
  __esModule: true,
  default: Object.assign(Lottie, { setup() {}, loadAnimation: () => animation }),
  useLottie: () => ({ View: null }),
  useLottieInteractivity: () => null,
}
