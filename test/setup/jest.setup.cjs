// Runs before each test file (setupFiles): Taro's H5 runtime must exist before any component module loads.
process.env.TARO_ENV = 'h5'
process.env.TARO_PLATFORM = 'web'

// Build-time constant injected by config/index.ts (defineConstants); H5 calls its own origin.
globalThis.API_BASE_URL = '/api/v1'

// jsdom's global lacks structuredClone (node has it); the in-process simulator's seed data uses it.
if (typeof globalThis.structuredClone !== 'function') {
  const v8 = require('node:v8')
  globalThis.structuredClone = (value) => v8.deserialize(v8.serialize(value))
}

// Pure model tests run in the node environment (no DOM): they get the constants above, not Taro.
if (typeof document !== 'undefined') bootTaroH5()

function bootTaroH5() {
  // Order matters: @tarojs/taro (mapped to the H5 API stand-in) boots the runtime, then React is
  // registered as the framework behind @tarojs/components' H5 React wrappers.
  require('@tarojs/taro')
  const React = require('react')
  const ReactDOM = require('react-dom')
  require('@tarojs/plugin-framework-react/dist/runtime').createH5NativeComponentConfig(null, React, ReactDOM)
}
