import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const uiLibraries = ['react', 'react-dom', 'react-*', 'dexie', 'dexie-*', 'lexical', '@lexical/*', 'i18next', 'react-i18next']

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Specs run code in the page too, through page.evaluate.
    files: ['e2e/**/*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  {
    // The analysis core runs in Node, a Worker and the CLI: no UI, storage or DOM.
    files: ['renderer/src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [...uiLibraries, '**/db/**', '**/editor/**', '**/panes/**', '**/app/**', '**/platform/**'] }],
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['react', 'react-*', 'lexical', '@lexical/*', '**/editor/**', '**/panes/**', '**/app/**', '**/platform/**'] }],
    },
  },
  {
    files: ['renderer/src/editor/**/*.{ts,tsx}', 'renderer/src/platform/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/panes/**', '**/app/**'] }],
    },
  },
  {
    files: ['renderer/src/panes/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/app/**'] }] },
  },
  {
    // Node side: only the pure core may be shared with the renderer.
    files: ['electron/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/renderer/src/!(core)/**', '**/renderer/src/!(core)', ...uiLibraries] }],
    },
  },
)
