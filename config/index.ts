import path from 'node:path'
import { defineConfig, type UserConfigExport } from '@tarojs/cli'
import TsconfigPathsPlugin from 'tsconfig-paths-webpack-plugin'
import devConfig from './dev'
import prodConfig from './prod'

const taroEnv = process.env.TARO_ENV ?? 'h5'
const simulatorPort = Number(process.env.MOCK_PORT ?? process.env.PORT_MOCK ?? 9527)

// H5 calls the platform through its own origin (the dev server or the gateway proxies /api);
// a mini-program must name the host, so weapp dev builds point at the local simulator.
const defaultApiBase = taroEnv === 'h5' ? '/api/v1' : `http://127.0.0.1:${simulatorPort}/api/v1`
const apiBaseUrl = process.env.API_BASE_URL ?? defaultApiBase

const contractDir = path.resolve(__dirname, '..', 'types')

// Babel only compiles src/ by default. Also compile: the shared contract in types/ (TypeScript), and
// react-query, whose private class fields (#x) Taro's minifier turns into #"x" (a blank H5 page) and
// which older weapp base libraries cannot parse.
const compileOutsideSrc = (modulePath: string): boolean =>
  modulePath.startsWith(contractDir) ||
  modulePath.includes(`${path.sep}node_modules${path.sep}@tanstack${path.sep}`)

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'tongtongban',
    date: '2026-11-21',
    designWidth: 750,
    deviceRatio: { 640: 2.34 / 2, 750: 1, 375: 2, 828: 1.81 / 2 },
    sourceRoot: 'src',
    outputRoot: `dist/${taroEnv}`,
    plugins: [],
    defineConstants: {
      API_BASE_URL: JSON.stringify(apiBaseUrl),
    },
    alias: {
      '@': path.resolve(__dirname, '..', 'src'),
      '@contract': contractDir,
    },
    framework: 'react',
    compiler: { type: 'webpack5', prebundle: { enable: false } },
    cache: { enable: true },
    mini: {
      compile: { include: [compileOutsideSrc] },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
      },
    },
    h5: {
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      compile: { include: [compileOutsideSrc] },
      // Taro inlines images under 10 KB as base64 into the JS; the tab bar's eight icons alone added 12 kB
      // (gzip) to the initial JS. As files they load in parallel and are cached apart from the code.
      imageUrlLoaderOption: { limit: 1024 },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
      devServer: {
        host: '127.0.0.1',
        port: Number(process.env.H5_PORT ?? 10086),
        proxy: {
          '/api': { target: `http://127.0.0.1:${simulatorPort}`, changeOrigin: true },
        },
      },
      webpackChain(chain) {
        chain.resolve.plugin('tsconfig-paths').use(TsconfigPathsPlugin)
        // Taro splits only initial chunks on H5, so every lazily loaded page carried its own copy of
        // NutUI, react-query and the contract (≈200 KB each). Share them between pages instead.
        chain.optimization.merge({ splitChunks: { chunks: 'all' } })
      },
    },
  }

  if (process.env.NODE_ENV === 'development') return merge({}, baseConfig, devConfig)
  return merge({}, baseConfig, prodConfig)
})
