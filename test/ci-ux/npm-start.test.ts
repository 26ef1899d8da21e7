// `npm start` on a fresh clone: the seeds' report, then one line saying what exit 1 means, exit 0,
// and no npm error banner. A real npm process: the banner is npm's, not the CLI's.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, runMain } from '../helpers/run-cli.js';

describe('npm start', () => {
  it('prints the report and what exit 1 means, and ends without npm’s error banner', async () => {
    expect(JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).scripts.start).toBe('node scripts/start.js');
    const result = spawnSync('npm', ['start'], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/^Summary: [1-9]\d* errors?, /mu);
    expect(result.stderr).toBe('strategy-align: exit 1: findings at or above --fail-on (error); see docs/ci.md#exit-codes\n');
    // the report is the CLI's own, byte for byte
    const direct = await runMain(['diff', 'seeds/integrated-innovation-strategy-2025.ja.txt', 'seeds/integrated-innovation-strategy-2025.en.md']);
    expect(direct.status).toBe(1);
    expect(result.stdout.endsWith(direct.stdout)).toBe(true);
  });

  it('passes exit 2 through: bad input is not dressed up as success', () => {
    const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'start.js'), 'diff', 'missing.ja.txt', 'missing.en.md'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toBe('strategy-align: missing.ja.txt: no such file\n');
  });
});
