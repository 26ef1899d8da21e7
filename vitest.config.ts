import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Files that replace a src module with vi.mock: they get a fresh module graph each, because with
// shared modules a mock can leak into later files or miss a module an earlier file loaded.
const MOCKING = ['test/diff/baseline.test.ts', 'test/diff/format.test.ts', 'test/diff/run-diff.test.ts'];

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    // A timeout catches a hang, not slowness: with one worker per core on a 2-core machine shared
    // with other work, a test of several batch or property runs took over 60 s (load average 29).
    testTimeout: 180_000,
    hookTimeout: 180_000,
    // Child processes (forks), not threads: runMain changes the working folder, which a worker
    // thread cannot. One worker per core: vitest's default leaves one core idle (cores − 1).
    pool: 'forks',
    maxWorkers: availableParallelism(),
    projects: [
      {
        extends: true,
        // The rest share each worker's modules, so src/, kuromoji's dictionary and the lexicon
        // load once per worker rather than once per file.
        test: { name: 'shared', include: ['test/**/*.test.ts'], exclude: MOCKING, isolate: false },
      },
      { extends: true, test: { name: 'mocking', include: MOCKING, isolate: true } },
    ],
  },
});
