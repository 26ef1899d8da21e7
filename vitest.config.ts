import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

// Files that replace a src module with vi.mock: they get a fresh module graph each, because with
// shared modules a mock can leak into later files or miss a module an earlier file loaded.
const MOCKING = ['test/diff/baseline.test.ts', 'test/diff/format.test.ts', 'test/diff/run-diff.test.ts'];

// The files that take longest (CPU time of a whole run, most first): they start first, and the many
// short files fill in behind them, so the two workers end together. Without it a fresh clone (no
// vitest cache of durations) orders files by size, and a long file can start last.
const LONGEST_FIRST = [
  'test/report/browser.test.ts',
  'test/batch/export-batch.test.ts',
  'test/report/seed-report.test.ts',
  'test/properties/omission.test.ts',
  'test/properties/self-alignment.test.ts',
  'test/glossary/diff-cli.test.ts',
  'test/ci-ux/npm-start.test.ts',
  'test/properties/never-crash.test.ts',
  'test/hardening/interrupt.test.ts',
  'test/glossary/cli.test.ts',
  'test/lexicon/table.test.ts',
  'test/batch/diff-batch.test.ts',
  'test/export/hostile-text.test.ts',
  'test/ci-ux/stdin-and-sarif-root.test.ts',
];

class LongestFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const rank = (file: TestSpecification) => {
      const at = LONGEST_FIRST.indexOf(relative(file.project.config.root, file.moduleId).replaceAll('\\', '/'));
      return at < 0 ? LONGEST_FIRST.length : at;
    };
    // a stable sort: the other files keep vitest's order
    return (await super.sort(files)).map((file, index) => ({ file, index })).sort((a, b) => rank(a.file) - rank(b.file) || a.index - b.index).map(({ file }) => file);
  }
}

export default defineConfig({
  test: {
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup.ts'],
    // A timeout catches a hang, not slowness: with one worker per core on a 2-core machine shared
    // with other work, a test of several batch or property runs took over 60 s (load average 29), and
    // the block-deletion property and the lexicon rebuild took 170 s at load 20.
    testTimeout: 600_000,
    hookTimeout: 600_000,
    // Child processes (forks), not threads: runMain changes the working folder, which a worker
    // thread cannot. One worker per core: vitest's default leaves one core idle (cores − 1).
    pool: 'forks',
    sequence: { sequencer: LongestFirst },
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
