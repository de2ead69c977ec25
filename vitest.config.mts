import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

/** For a test that spawns or kills processes; each also bounds its own work and waits (see test/support/child-process.ts). */
const PROCESS_TEST_TIMEOUT_MS = 60_000;

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    // Vitest's default leaves one core free, which on the 2-core build machines runs every file one
    // after another; two at a time takes the unit and renderer files from about 310 s to 200 s. The
    // process and e2e projects keep one file at a time (fileParallelism: false), after the others.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    tags: [
      {
        // A file says `@module-tag processes` in its opening comment. Node start-up, a kill and its
        // reaping take seconds, not milliseconds, when both cores are busy with other test files.
        name: 'processes',
        description: 'starts, waits on or kills other processes: time sized for a loaded 2-core machine',
        timeout: PROCESS_TEST_TIMEOUT_MS,
      },
    ],
    projects: [
      {
        extends: true,
        test: { name: 'unit', environment: 'node', include: ['test/unit/{main,contract,preload}/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'renderer',
          environment: 'happy-dom',
          include: ['test/unit/renderer/**/*.test.{ts,tsx}'],
          setupFiles: ['test/unit/renderer/setup.ts'],
          // A whole screen rendered and driven key by key in happy-dom takes seconds when both cores
          // are busy with other test files (4 s seen for the shell's first render alone).
          testTimeout: 20_000,
        },
      },
      {
        extends: true,
        // Starting the private D-Bus and keyring daemons may take their full deadlines (10 s + 20 s) on a busy machine.
        test: { name: 'keychain', environment: 'node', include: ['test/keychain/**/*.test.ts'], testTimeout: PROCESS_TEST_TIMEOUT_MS, hookTimeout: PROCESS_TEST_TIMEOUT_MS },
      },
      {
        extends: true,
        // Real CLI processes by the dozen on one data folder and keychain: one such file at a time on two cores.
        test: {
          name: 'processes',
          environment: 'node',
          include: ['test/processes/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: PROCESS_TEST_TIMEOUT_MS,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: { name: 'security', environment: 'node', include: ['test/security/**/*.test.ts'], testTimeout: 180_000 },
      },
      {
        extends: true,
        test: { name: 'packaging', environment: 'node', include: ['test/packaging/**/*.test.ts'], testTimeout: 180_000, hookTimeout: 180_000 },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One Chromium at a time: the build machines have two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
