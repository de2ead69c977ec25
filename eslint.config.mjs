import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

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
    ignores: ['main/index.ts', 'main/window.ts', 'main/ipc.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: [{ name: 'electron', message: 'Only main/index.ts, main/window.ts and main/ipc.ts may import electron.' }] }],
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
