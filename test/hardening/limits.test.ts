// An input over the size limit is refused with one clear line, before it is read into memory: a
// regular file by its size, an endless device (/dev/zero, a pipe) after the first 50 MB.
import { existsSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { MAX_INPUT_BYTES } from '../../src/read/index.js';
import { runCli } from '../helpers/run-cli.js';
import { SEED } from '../helpers/seeds.js';

const dir = mkdtempSync(join(tmpdir(), 'strategy-align-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOneLine(stderr: string, pattern: RegExp): void {
  const lines = stderr.trimEnd().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(pattern);
  expect(stderr).not.toMatch(/\n\s+at /);
}

describe('inputs over the size limit', () => {
  it('a file one byte over 50 MB is refused by its size, naming it and the limit (exit 2)', () => {
    const big = join(dir, 'big.en.md');
    writeFileSync(big, '');
    truncateSync(big, MAX_INPUT_BYTES + 1); // sparse: no 50 MB written to the disk
    const result = runCli(['diff', SEED.ja, big]);
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expectOneLine(result.stderr, /^strategy-align: .*big\.en\.md: is 50\.1 MB, over the 50 MB limit for an input/);
  });

  it('a file of exactly 50 MB is not refused for its size', () => {
    const edge = join(dir, 'edge.en.md');
    writeFileSync(edge, '');
    truncateSync(edge, MAX_INPUT_BYTES); // all NUL bytes: refused as binary, which proves it was read
    const result = runCli(['parse', edge]);
    expect(result.status).toBe(2);
    expect(result.stderr).not.toMatch(/over the 50 MB limit/);
    expectOneLine(result.stderr, /binary/);
  });

  it.skipIf(!existsSync('/dev/zero'))('an endless input is read only up to the limit, then refused', () => {
    const result = runCli(['parse', '/dev/zero']);
    expect(result.status).toBe(2);
    expectOneLine(result.stderr, /^strategy-align: \/dev\/zero: is more than 50 MB, over the 50 MB limit/);
  });
});
