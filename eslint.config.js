import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import globals from 'globals'

const uiLibraries = ['react', 'react-dom', 'react-*', 'dexie', 'dexie-*', 'lexical', '@lexical/*', 'i18next', 'react-i18next']

// A folder as import patterns: its barrel ('../db') as well as its files ('../db/articles').
const folders = (...names) => names.flatMap((name) => [`**/${name}`, `**/${name}/**`])
// The renderer reaches electron/ (the IPC contract) with `import type` only: no zod, no Node.
const electronTypesOnly = { group: ['**/electron', '**/electron/**'], allowTypeImports: true, message: 'The renderer imports only types from electron/: use import type.' }
// Values come from the core's own modules: its barrel would bring every core module (the
// translation checks with their data, the attribution) into whatever chunk imports it.
const noCoreBarrel = { regex: String.raw`^(\.\./)+core(/index)?$`, allowTypeImports: true, message: "Import from the core's module ('../core/status'), not from its barrel." }
// One rule for every folder's arrows; typescript-eslint's version knows type-only imports.
const arrows = (...forbidden) => ['error', { patterns: [...(forbidden.length ? [{ group: forbidden }] : []), electronTypesOnly, noCoreBarrel] }]

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
    rules: { ...reactHooks.configs.recommended.rules, '@typescript-eslint/no-restricted-imports': arrows() },
  },
  {
    // The analysis core runs in Node, a Worker and the CLI: no UI, storage or DOM.
    files: ['renderer/src/core/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      '@typescript-eslint/no-restricted-imports': arrows(...uiLibraries, ...folders('db', 'editor', 'panes', 'app', 'platform', 'collab')),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB'],
    },
  },
  {
    files: ['renderer/src/db/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': arrows('react', 'react-*', 'lexical', '@lexical/*', ...folders('editor', 'panes', 'app', 'platform', 'collab')),
    },
  },
  {
    files: ['renderer/src/editor/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': arrows(...folders('db', 'platform', 'panes', 'app', 'collab')) },
  },
  {
    files: ['renderer/src/platform/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': arrows(...folders('db', 'editor', 'panes', 'app', 'collab')) },
  },
  {
    files: ['renderer/src/panes/**/*.{ts,tsx}'],
    rules: { '@typescript-eslint/no-restricted-imports': arrows(...folders('app', 'collab')) },
  },
  {
    // Shared articles: Dexie and the Y.Doc kept in step; only the app starts and stops it.
    files: ['renderer/src/collab/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': arrows('react', 'react-*', 'lexical', '@lexical/*', ...folders('editor', 'panes', 'app', 'platform')),
    },
  },
  {
    // Node side: only the pure core may be shared with the renderer.
    files: ['electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/renderer/*', '!**/renderer/src', '**/renderer/src/*', '!**/renderer/src/core', ...uiLibraries], message: 'electron/ shares only renderer/src/core.' }] },
      ],
    },
  },
  {
    // The collaboration server stands alone: nothing from the app, the renderer or the UI libraries.
    files: ['server/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { patterns: [{ group: [...folders('renderer', 'electron'), ...uiLibraries], message: 'server/ imports nothing from renderer/ or electron/.' }] },
      ],
    },
  },
  {
    // The sandboxed preload bundles no zod: it takes only types from the contract.
    files: ['electron/preload/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['**/renderer/**', ...uiLibraries] },
            { group: ['**/ipc', 'zod'], allowTypeImports: true, message: 'The preload imports only types from the IPC contract: use import type.' },
          ],
        },
      ],
    },
  },
)
