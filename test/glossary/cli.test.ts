import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test, vi } from 'vitest';
import { main } from '../../src/cli/index.js';
import { SEEDS } from './seed-pairs.js';

const run = (...args: string[]) => main(['node', 'strategy-align', 'glossary', ...args]);

describe('strategy-align glossary', () => {
  test('writes TBX atomically to -o FILE, and it is well-formed', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'glossary-cli-')), 'seeds.tbx');
    expect(await run(SEEDS.ja, SEEDS.en, '--format', 'tbx', '--limit', '100', '-o', out)).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx /);
    expect(spawnSync('xmllint', ['--noout', out]).status).toBe(0);
  });

  test('tsv on stdout starts with its header', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await run(SEEDS.ja, SEEDS.en, '--min-count', '2')).toBe(0);
      expect(String(write.mock.calls[0]?.[0])).toMatch(/^ja\ten\tscore\tcount\tsources\texamples\n/);
    } finally {
      write.mockRestore();
    }
  });

  test.each([
    [['--format', 'xml'], 'an unknown format'],
    [['--limit', '0'], 'a limit below 1'],
    [['--min-count', 'two'], 'a count that is not a number'],
  ])('%j (%s) is a usage error: exit 2, nothing written', async (options) => {
    const out = join(mkdtempSync(join(tmpdir(), 'glossary-cli-')), 'never.tsv');
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await run(SEEDS.ja, SEEDS.en, ...options, '-o', out)).toBe(2);
    } finally {
      stderr.mockRestore();
    }
    expect(existsSync(out)).toBe(false);
  });

  test('a missing input file: exit 2 and one line naming it', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await run('no-such-file.txt', SEEDS.en)).toBe(2);
      expect(stderr.mock.calls.map((call) => String(call[0])).join('')).toBe('strategy-align: no-such-file.txt: no such file\n');
    } finally {
      stderr.mockRestore();
    }
  });
});
