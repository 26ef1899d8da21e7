// bin/strategy-align.js runs the bundle (dist/bundle/main.cjs) with the V8 code cache recorded at
// build time (src/cli/start.ts). The cache must be one V8 accepts, and a rejected cache (another
// Node, other V8 flags) must only cost time, never change what the CLI does.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import Module from 'node:module';
import { Script } from 'node:vm';
import { describe, expect, it } from 'vitest';
import { BIN } from '../helpers/run-cli.js';
import { ROOT, seedExcerptFiles } from '../helpers/seeds.js';

const BUNDLE = `${ROOT}dist/bundle/main.cjs`;

function run(nodeFlags: string[], args: string[]) {
  return spawnSync(process.execPath, [...nodeFlags, BIN, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
}

describe('the bundled CLI and its code cache', () => {
  it('has a code cache this Node accepts', () => {
    const script = new Script(Module.wrap(readFileSync(BUNDLE, 'utf8')), { filename: BUNDLE, cachedData: readFileSync(`${BUNDLE}.cache`) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('gives the same report when V8 rejects the cache (other V8 flags)', () => {
    // an excerpt of the seeds with errors: what is compared is the output, not the alignment
    const args = ['diff', seedExcerptFiles().ja, seedExcerptFiles().en, '--format', 'json'];
    const cached = run([], args);
    const rejected = run(['--max-lazy'], args);
    expect(cached.status).toBe(1); // findings
    expect(rejected.status).toBe(cached.status);
    expect(rejected.stdout).toBe(cached.stdout);
    expect(rejected.stderr).toBe('');
    expect(JSON.parse(cached.stdout).summary.error).toBeGreaterThan(0);
  });
});
