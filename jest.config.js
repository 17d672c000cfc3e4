// Jest for src/**/*.test.ts(x), in two projects:
//   model — src/**/model/**/*.test.ts: pure TypeScript, node environment, no Taro (≈0.3 s a file warm);
//   ui    — every other test: components/pages through Taro's H5 runtime in jsdom (≈1.5 s a file warm).
// Built from the pieces of @tarojs/test-utils-react's defineJestConfig (its moduleNameMapper for
// @tarojs/taro + @tarojs/components and its runtime feature-flag globals) with the Taro 4 fixes from
// design/stack-notes.md; defineJestConfig itself is not used (its testMatch, bail and transformer presets
// don't fit). How to write tests here: test/setup/README.md.
const path = require('node:path')

const testUtilsJest = path.dirname(require.resolve('@tarojs/test-utils-react/dist/jest/initConfig.js'))

// Packages that ship only ESM (or whose CJS files require ESM ones) and must go through babel.
const esmPackages = [
  '@tarojs',
  '@stencil',
  'lodash-es',
  'swiper',
  'query-string',
  'decode-uri-component',
  'split-on-first',
  'filter-obj',
]

/** Options shared by both projects. @type {import('jest').Config} */
const common = {
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/mock/', '<rootDir>/test/', '/\\.temp/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/\\.temp/'],
  setupFiles: ['<rootDir>/test/setup/jest.setup.cjs'],
  moduleFileExtensions: ['ts', 'tsx', 'js', 'jsx', 'mjs', 'cjs', 'json'],
  transform: {
    '^.+\\.(mjs|cjs|js|jsx|ts|tsx)$': '<rootDir>/test/setup/babel-transformer.cjs',
  },
  // Skip node_modules except anything inside those packages (taro-h5 ships its own nested
  // node_modules/.pnpm/... ESM files, so testing only the first node_modules segment is not enough).
  transformIgnorePatterns: [`^(?!.*/node_modules/(${esmPackages.join('|')})/).*/node_modules/`],
  moduleNameMapper: {
    // Taro: the H5 implementation of the API (+ React page hooks, see babel-transformer.cjs), and the
    // React wrappers of the H5 web components.
    '^@tarojs/taro$': path.join(testUtilsJest, 'runtime/taro-h5.js'),
    '^@tarojs/components$': '@tarojs/components/lib/react/index',
    // NutUI's package entry is a UMD bundle and dist/es is ESM: use its CommonJS build (no transform).
    '^@nutui/nutui-react-taro$': '@nutui/nutui-react-taro/dist/cjs/packages/nutui.react.build.js',
    // …and its per-component style entries (`dist/es/packages/x/style/css`, ESM `import './style.css'`).
    '^@nutui/nutui-react-taro/dist/(es|cjs)/.*/style(/[^/]*)?$': '<rootDir>/test/setup/style-stub.cjs',
    '^@nutui/nutui-react-taro/dist/es/(.*)$': '@nutui/nutui-react-taro/dist/cjs/$1',
    // NutUI's barrel pulls in Lottie, whose libraries touch <canvas>/SVG at import time: stub them.
    '^(lottie-react|lottie-web|@nutui/lottie-miniprogram)$': '<rootDir>/test/setup/lottie-stub.cjs',
    // Path aliases (tsconfig.json "paths").
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@contract/(.*)$': '<rootDir>/types/$1',
    // Assets.
    '\\.(css|scss|sass|less)$': '<rootDir>/test/setup/style-stub.cjs',
    '\\.(png|jpe?g|gif|svg|webp)$': '<rootDir>/test/setup/file-stub.cjs',
  },
  // Taro runtime feature flags that webpack's DefinePlugin provides in a build (as test-utils-react sets).
  globals: {
    ENABLE_INNER_HTML: true,
    ENABLE_ADJACENT_HTML: true,
    ENABLE_SIZE_APIS: true,
    DEPRECATED_ADAPTER_COMPONENT: false,
    ENABLE_TEMPLATE_CONTENT: true,
    ENABLE_MUTATION_OBSERVER: true,
    ENABLE_CLONE_NODE: true,
    ENABLE_CONTAINS: true,
    __TARO_FRAMEWORK__: 'react',
    API_BASE_URL: '/api/v1',
  },
  cacheDirectory: '<rootDir>/node_modules/.cache/jest',
  clearMocks: true,
  restoreMocks: true,
}

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      ...common,
      displayName: 'model',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/src/**/model/**/*.test.ts'],
    },
    {
      ...common,
      displayName: 'ui',
      testEnvironment: 'jsdom',
      testEnvironmentOptions: {
        url: 'http://localhost/',
        // Resolve packages as Node does (their CommonJS "require" builds), not their browser ESM builds.
        customExportConditions: ['node', 'node-addons'],
      },
      testMatch: ['<rootDir>/src/**/*.test.{ts,tsx}'],
      testPathIgnorePatterns: [...common.testPathIgnorePatterns, '/model/'],
    },
  ],
}
