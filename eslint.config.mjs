import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// The Electron side of each desktop integration in main/desktop/ is glue too; its policy part is plain Node.
const ELECTRON_GLUE_FILES = [
  'main/index.ts',
  'main/window.ts',
  'main/ipc.ts',
  'main/desktop/clipboard.ts',
  'main/desktop/link-handlers.ts',
  'main/desktop/menus.ts',
  'main/desktop/notifications.ts',
  'main/desktop/tray.ts',
  'main/desktop/updater.ts',
];
const ELECTRON_GLUE_ONLY = { name: 'electron', message: `Only the glue files may import electron: ${ELECTRON_GLUE_FILES.join(', ')}.` };
// electron-updater loads Electron itself.
const UPDATER_GLUE_ONLY = { name: 'electron-updater', message: `Only the glue files may import electron-updater: ${ELECTRON_GLUE_FILES.join(', ')}.` };

// Every store is made with ui/resettable.ts, so tests can put all of them back to their initial state.
const RESETTABLE_STORES_ONLY = { name: 'zustand', importNames: ['create'], message: 'Make stores with resettableStore from renderer/src/ui/resettable.ts.' };

export default tseslint.config(
  { ignores: ['out/', 'dist/', 'node_modules/', 'test-results/', '.tools/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    // The CLI launcher is plain CommonJS, like the built main bundle it loads.
    files: ['bin/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Scripts and tests talk to the terminal on purpose.
    files: ['scripts/**', 'test/**'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['renderer/**/*.{ts,tsx}', 'test/unit/renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // Only the glue files may touch Electron; everything else runs in plain Node (tests, CLI).
    files: ['main/**/*.ts', 'contract/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    ignores: [...ELECTRON_GLUE_FILES, 'main/platform/**/*.ts', 'renderer/src/features/**', 'renderer/src/ui/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ELECTRON_GLUE_ONLY, UPDATER_GLUE_ONLY] }],
    },
  },
  {
    // Platform pieces are what features stand on: they know no feature (and no Electron).
    files: ['main/platform/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ELECTRON_GLUE_ONLY], patterns: [{ group: ['**/features/**', '**/features'], message: 'main/platform/ knows no feature: move the shared piece into platform/.' }] }],
    },
  },
  {
    // Features and ui/ sit below the shell: they never import renderer/src/app/ (ui/ knows no feature either).
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ELECTRON_GLUE_ONLY, RESETTABLE_STORES_ONLY], patterns: [{ group: ['**/app/*'], message: 'Features import ui/ and contract/, never the shell in app/.' }] }],
    },
  },
  {
    files: ['renderer/src/app/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ELECTRON_GLUE_ONLY, RESETTABLE_STORES_ONLY] }],
    },
  },
  {
    files: ['renderer/src/ui/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': ['error', { paths: [ELECTRON_GLUE_ONLY], patterns: [{ group: ['**/app/*', '**/features/**'], message: 'ui/ is the bottom layer: it knows no feature and no shell.' }] }],
    },
  },
  {
    // The contract is shared with the renderer and the sandboxed preload: no Node, no DOM.
    files: ['contract/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*', 'electron', 'react', 'react-dom'], message: 'contract/ is pure TypeScript.' }] }],
    },
  },
  {
    // The sandboxed preload can load nothing but electron at run time.
    files: ['preload/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ group: ['zod', '*/schemas', '*/schemas/*', 'node:*'], message: 'The preload may import only electron and contract/methods.' }] }],
    },
  },
);
