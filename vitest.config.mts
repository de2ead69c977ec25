import { globSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/**
 * The e2e and process files run after the others, two at a time between them: a Chromium file
 * beside a file of CLI processes, or two of either. Most of their time is spent waiting (on
 * Chromium, on spawned processes, on timers), which one at a time left a core idle for ten minutes.
 */
const AFTER_THE_PARALLEL_FILES = 1;

/**
 * The layout files walk every screen at every size in both themes: the longest files by far, and
 * among the shortest to read, where a clean clone (no timings kept) orders by size.
 */
const WALKS_EVERY_SCREEN = /\/layout[^/]*\.e2e\.ts$/;

/**
 * Vitest queues one project's files after another's. Among the files that run last, that put the
 * few long files of CLI processes behind every Chromium file, alone at the end with a core idle;
 * taken in turns, each project's longest first, the two kinds share both cores to the end.
 */
class LastFilesInTurns extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const walksFirst = (spec: TestSpecification) => (WALKS_EVERY_SCREEN.test(spec.moduleId) ? 0 : 1);
    const last = sorted.filter((spec) => spec.project.config.sequence.groupOrder === AFTER_THE_PARALLEL_FILES).sort((a, b) => walksFirst(a) - walksFirst(b));
    const queues = new Map<string, TestSpecification[]>();
    for (const spec of last) queues.set(spec.project.name, [...(queues.get(spec.project.name) ?? []), spec]);
    const inTurns: TestSpecification[] = [];
    while (inTurns.length < last.length) {
      for (const queue of queues.values()) {
        const next = queue.shift();
        if (next) inTurns.push(next);
      }
    }
    return [...sorted.filter((spec) => spec.project.config.sequence.groupOrder !== AFTER_THE_PARALLEL_FILES), ...inTurns];
  }
}

/**
 * A file that needs a process of its own: it spawns and kills processes (`@module-tag processes`),
 * or changes the process's time zone, which the ICU of a worker thread never sees.
 */
const NEEDS_OWN_PROCESS = /@module-tag processes|stubEnv\('TZ'/;

/** A file that mocks modules: its mocks need a module registry of its own, not one shared with other files. */
const MOCKS_MODULES = /vi\.(mock|doMock)\(/;

/**
 * A unit project in worker threads that share their loaded modules from file to file: a file then
 * imports only what no file before it in that thread did (the unit and renderer files took 97 s so,
 * 198 s each in a fresh registry, in one run each on the 2-core machine). Every renderer case starts
 * from the stores' initial state (test/unit/renderer/setup.ts). Beside it, `-isolated` for the files
 * that mock modules, and `-forked` for those that need a process of their own.
 */
function inThreads(project: { name: string; include: string[] } & Record<string, unknown>) {
  const files = globSync(project.include);
  const ownProcess = files.filter((file) => NEEDS_OWN_PROCESS.test(readFileSync(file, 'utf8')));
  const mocking = files.filter((file) => !ownProcess.includes(file) && MOCKS_MODULES.test(readFileSync(file, 'utf8')));
  return [
    { extends: true, test: { ...project, pool: 'threads', isolate: false, exclude: [...ownProcess, ...mocking] } },
    ...(mocking.length > 0 ? [{ extends: true, test: { ...project, name: `${project.name}-isolated`, pool: 'threads', include: mocking } }] : []),
    ...(ownProcess.length > 0 ? [{ extends: true, test: { ...project, name: `${project.name}-forked`, pool: 'forks', include: ownProcess } }] : []),
  ];
}

/** For a test that spawns or kills processes; each also bounds its own work and waits (see test/support/child-process.ts). */
const PROCESS_TEST_TIMEOUT_MS = 60_000;

export default defineConfig({
  plugins: [react()],
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    sequence: { sequencer: LastFilesInTurns },
    // Vitest's default leaves one core free, which on the 2-core build machines runs every file one
    // after another; two at a time takes the unit and renderer files from about 310 s to 200 s.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // What a poll waits for (a page over a real main, a debounced search, a render) can take seconds
    // on a busy CI machine: vitest's 1 s default made whichever poll met a slow moment fail.
    expect: { poll: { timeout: 10_000 } },
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
      // Many unit files run the real services against the sandbox over HTTP; 5 s was met on a busy machine.
      ...inThreads({ name: 'unit', environment: 'node', include: ['test/unit/{main,contract,preload}/**/*.test.ts'], testTimeout: 20_000 }),
      // A whole screen rendered and driven key by key in happy-dom takes seconds when both cores
      // are busy with other test files (4 s seen for the shell's first render alone).
      ...inThreads({ name: 'renderer', environment: 'happy-dom', include: ['test/unit/renderer/**/*.test.{ts,tsx}'], setupFiles: ['test/unit/renderer/setup.ts'], testTimeout: 20_000 }),
      {
        extends: true,
        // Starting the private D-Bus and keyring daemons may take their full deadlines (10 s + 20 s) on a busy machine.
        test: { name: 'keychain', environment: 'node', include: ['test/keychain/**/*.test.ts'], testTimeout: PROCESS_TEST_TIMEOUT_MS, hookTimeout: PROCESS_TEST_TIMEOUT_MS },
      },
      {
        extends: true,
        // Real CLI processes by the dozen, each file on its own data folder and keychain; their timeouts are sized for a loaded machine.
        test: {
          name: 'processes',
          environment: 'node',
          include: ['test/processes/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: PROCESS_TEST_TIMEOUT_MS,
          sequence: { groupOrder: AFTER_THE_PARALLEL_FILES },
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
          sequence: { groupOrder: AFTER_THE_PARALLEL_FILES },
        },
      },
    ],
  },
});
