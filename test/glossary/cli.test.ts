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
    const tbx = readFileSync(out, 'utf8');
    expect(tbx).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<tbx /);
    expect(tbx.match(/<conceptEntry /g)).toHaveLength(100);
    expect(spawnSync('xmllint', ['--noout', out]).status).toBe(0);
  });

  test('tsv on stdout: a header, then the seeds\' candidates seen at least --min-count times', async () => {
    const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await run(SEEDS.ja, SEEDS.en, '--min-count', '2')).toBe(0);
      const tsv = String(write.mock.calls[0]?.[0]);
      expect(tsv).toMatch(/^ja\ten\tscore\tcount\tsources\texamples\n/);
      // the seeds define 国研 (ja 128) as "Kokken" (en 117)
      expect(tsv).toMatch(/^国研\tKokken\t[\d.]+\t\d+\tdefinition[^\t]*\tja 128 \/ en 117/m);
      expect(tsv.split('\n').slice(1, -1).every((line) => Number(line.split('\t')[3]) >= 2)).toBe(true);
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
