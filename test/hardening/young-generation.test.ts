// bin/strategy-align.js stops V8's young generation growing at 8 MB (src/cli/young-generation.ts;
// the peak memory it saves is measured by `npm run bench`, not here). What is checked is the policy:
// a diff of the seeds through bin ends with the young generation at the cap, and the same bundle run
// without the cap lets it grow past it.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { YOUNG_GENERATION_CAP_BYTES } from '../../src/cli/young-generation.js';
import { BIN } from '../helpers/run-cli.js';
import { ROOT, SEED } from '../helpers/seeds.js';

// prints the young generation's size (V8's new space) on stderr as the process ends
const REPORT_YOUNG_GENERATION = `data:text/javascript,${encodeURIComponent(
  "import { getHeapSpaceStatistics } from 'node:v8'; process.on('exit', () => process.stderr.write('young generation ' + getHeapSpaceStatistics().find((s) => s.space_name === 'new_space').space_size + '\\n'));",
)}`;

function youngGenerationAtExit(script: string[]): number {
  const result = spawnSync(process.execPath, ['--import', REPORT_YOUNG_GENERATION, ...script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  expect(result.status).toBe(1); // the seeds have findings
  const size = /young generation (\d+)/.exec(result.stderr);
  expect(size).not.toBeNull();
  return Number(size![1]);
}

const diffOfTheSeeds = ['diff', SEED.ja, SEED.en, '--format', 'json'];

describe("V8's young generation", () => {
  // V8 doubles the young generation at a scavenge, so a doubling between two stages may take it one
  // step past the cap before it is held: at most twice the cap, still half of what it reaches uncapped
  it('stops growing at 8 MB (or one doubling past it) in a run through bin', () => {
    expect(youngGenerationAtExit([BIN, ...diffOfTheSeeds])).toBeLessThanOrEqual(2 * YOUNG_GENERATION_CAP_BYTES);
  });

  it('grows past that in the same bundle run without the cap', () => {
    const withoutCap = `const { loadCli } = await import(${JSON.stringify(`${ROOT}dist/cli/start.js`)}); process.exitCode = await loadCli().main(${JSON.stringify([process.execPath, 'strategy-align', ...diffOfTheSeeds])});`;
    expect(youngGenerationAtExit(['--input-type=module', '-e', withoutCap])).toBeGreaterThan(2 * YOUNG_GENERATION_CAP_BYTES);
  });
});
