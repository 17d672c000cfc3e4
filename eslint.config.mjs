// ESLint flat config. Fast on purpose: typescript-eslint's recommended rules without type information.
// The architecture rules at the bottom are enforced with `no-restricted-imports`; what they cannot express
// is listed in test/setup/README.md ("Architecture rules").
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const features = (() => {
  try {
    return readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
  } catch {
    return []
  }
})()

const escapeRegex = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

// ── Import restrictions ─────────────────────────────────────────────────────────────────────────────────
// ESLint keeps only the LAST matching config's options for a rule, so every block below carries the full
// list of patterns for the files it matches (later, more specific blocks repeat the general ones).

const noSrcFromOutside = [
  { group: ['@/*', '@/**'], message: 'mock/ and types/ must not depend on the app (src/).' },
  { regex: '^(\\.\\./)+src(/|$)', message: 'mock/ and types/ must not depend on the app (src/).' },
]

const contractStaysPortable = [
  ...noSrcFromOutside,
  {
    regex: '^(\\.\\./)+mock(/|$)',
    message: 'The contract (types/) must not depend on the simulator (mock/).',
  },
  {
    regex: '^(@tarojs/|react$|react/|react-dom|@nutui/|@tanstack/|zustand)',
    message:
      'The contract (types/) is framework-free: it runs in node (simulator, node --test) and in the app.',
  },
]

/** src/features/<own>/**: another feature only through its public index (`@/features/<other>`). */
const crossFeature = (own) => {
  const others = features.filter((name) => name !== own).map(escapeRegex)
  const patterns = [
    {
      regex: `^@/features/(?!${escapeRegex(own)}/)[^/]+/(?!index$).+`,
      message: "Import another feature only through its public index: '@/features/<name>'.",
    },
  ]
  if (others.length > 0) {
    patterns.push({
      regex: `^(\\.\\./)+(features/)?(${others.join('|')})/.+`,
      message: "Import another feature only through its public index: '@/features/<name>'.",
    })
  }
  return patterns
}

/**
 * src/features/*\/model/**: pure TypeScript. Allowed: relative imports inside the model folder, the contract
 * (`@contract/…` or a relative path to types/), valibot and dayjs (test files may also use fast-check).
 * `depth` = folders below model/ (relative imports climbing out of model/ are caught per depth).
 */
const modelOnly = (depth, { test }) => {
  const allowedPackages = ['valibot$', 'dayjs(/|$)', ...(test ? ['fast-check$'] : [])]
  return [
    {
      regex: '^(@tarojs/|react$|react/|react-dom|@nutui/|@tanstack/|zustand)',
      message:
        'Model code is framework-free: no Taro, React, NutUI, react-query or zustand (use the ui/api layers).',
    },
    {
      regex: '^@/',
      message:
        "Model code may import only its own model folder (relative paths) and the contract ('@contract/…').",
    },
    {
      regex: `^(?!\\.|@/|@contract/|@tarojs/|react|@nutui/|@tanstack/|zustand|${allowedPackages.join('|')})`,
      message:
        'Model code may use only valibot and dayjs from node_modules (ask before adding a dependency).',
    },
    {
      regex: `^(\\.\\./){${depth + 1}}(?!\\.\\./\\.\\./\\.\\./types(/|$))`,
      message: "Model code may import only its own model folder and the contract ('@contract/…').",
    },
  ]
}

const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] })

const featureBlocks = features.flatMap((name) => [
  { files: [`src/features/${name}/**/*.{ts,tsx}`], rules: restrict(crossFeature(name)) },
])

const MODEL_DEPTHS = [0, 1, 2, 3]
const modelBlocks = MODEL_DEPTHS.flatMap((depth) => {
  const dir = `src/features/*/model/${'*/'.repeat(depth)}`
  return [
    { files: [`${dir}*.{ts,tsx}`], rules: restrict(modelOnly(depth, { test: false })) },
    { files: [`${dir}*.test.{ts,tsx}`], rules: restrict(modelOnly(depth, { test: true })) },
  ]
})

// ── Config ────────────────────────────────────────────────────────────────────────────────────────────────
export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '**/.temp/**',
      '**/.swc/**',
      '**/coverage/**',
      '**/test-results/**',
      '**/.mock-state/**',
    ],
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs,jsx}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
      'no-console': 'off',
    },
  },

  // App code: runs in the browser (H5) and in the mini-program (wx).
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, wx: 'readonly', API_BASE_URL: 'readonly' },
    },
    rules: { 'no-console': 'error' },
  },
  {
    files: ['src/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.test.{ts,tsx}'],
    languageOptions: { globals: { ...globals.jest, ...globals.node } },
    rules: { 'no-console': 'off' },
  },

  // Node-side code: simulator, scripts, tests, build config.
  {
    files: ['mock/**', 'scripts/**', 'test/**', 'config/**', '*.{js,mjs,cjs,ts}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: ['**/*.cjs', 'jest.config.js', 'babel.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['test/setup/**'],
    languageOptions: { globals: { ...globals.jest } },
  },
  {
    files: ['test/e2e/**'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    files: ['types/**/*.ts'],
    languageOptions: { globals: { API_BASE_URL: 'readonly' } },
  },

  // ── Architecture ──
  { files: ['mock/**/*.ts'], rules: restrict(noSrcFromOutside) },
  { files: ['types/**/*.ts'], rules: restrict(contractStaysPortable) },
  ...featureBlocks,
  ...modelBlocks,
)
