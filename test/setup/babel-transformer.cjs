// Jest transformer: babel-jest with the project's babel.config.js (babel-preset-taro switches to
// CommonJS + `targets: node current` when NODE_ENV=test, which Jest sets), plus the one hack Taro's own
// @tarojs/test-utils-react transformer does: the @tarojs/taro stand-in (runtime/taro-h5.js) gets the React
// page hooks (useLoad, useDidShow, useRouter, …) appended by the framework's api-loader, exactly as the
// webpack build does for the real `@tarojs/taro` on H5.
const { createTransformer } = require('babel-jest')
const apiLoader = require('@tarojs/plugin-framework-react/dist/api-loader.js')

const TARO_STAND_IN = /test-utils-react[\\/]dist[\\/]jest[\\/]runtime[\\/]taro-h5\.js$/

const transformer = createTransformer()
const { process: babelProcess, getCacheKey } = transformer

module.exports = {
  ...transformer,
  process(sourceText, sourcePath, options) {
    const text = TARO_STAND_IN.test(sourcePath) ? apiLoader(sourceText) : sourceText
    return babelProcess.call(transformer, text, sourcePath, options)
  },
  getCacheKey(sourceText, sourcePath, options) {
    const text = TARO_STAND_IN.test(sourcePath) ? apiLoader(sourceText) : sourceText
    return getCacheKey.call(transformer, text, sourcePath, options)
  },
}
