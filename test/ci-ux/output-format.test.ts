// -o FILE names the format when --format is absent; a --format that contradicts the file's extension,
// or an extension the command has no format for, is exit 2 with one line. Through main() on an
// excerpt of the seeds (a real pair with errors; what is tested is the file, not the alignment),
// and on the whole seeds for what stdout gets by default.
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { type CliResult, runMain } from '../helpers/run-cli.js';
import { SEED, seedExcerptFiles } from '../helpers/seeds.js';

let scratch = '';
beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'strategy-align-format-'));
});

function expectOneLineError(result: CliResult, pattern: RegExp): void {
  expect(result.status).toBe(2);
  expect(result.stdout).toBe('');
  expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(result.stderr).toMatch(pattern);
}

const seeds = [SEED.ja, SEED.en];
/** The excerpt's paths, in the place of the JA and EN of a case's arguments (test names stay free of temporary paths). */
const excerpt = (args: string[]) => args.map((arg) => (arg === 'JA' ? seedExcerptFiles().ja : arg === 'EN' ? seedExcerptFiles().en : arg));
const pair = ['JA', 'EN'];

describe('the -o extension names the format', () => {
  const diffCases: Array<[string, (text: string) => void]> = [
    ['r.sarif', (text) => expect(JSON.parse(text).version).toBe('2.1.0')],
    ['r.sarif.json', (text) => expect(JSON.parse(text).version).toBe('2.1.0')],
    ['r.json', (text) => expect(JSON.parse(text).schema).toBe('strategy-align/diff@1')],
    ['r.md', (text) => expect(text).toMatch(/^## strategy-align diff fails/u)],
    ['r.xml', (text) => expect(text).toMatch(/^<\?xml[^>]*>\s*<testsuites /u)],
    ['r.txt', (text) => expect(text).toMatch(/^Summary: \d+ errors/mu)],
  ];
  for (const [name, check] of diffCases) {
    it(`diff -o ${name}`, async () => {
      const file = join(scratch, `diff-${name}`);
      const result = await runMain(excerpt(['diff', ...pair, '-o', file]));
      expect(result.status).toBe(1); // the excerpt has errors
      expect(result.stdout).toBe('');
      check(readFileSync(file, 'utf8'));
    });
  }

  const others: Array<[string[], string, (text: string) => void]> = [
    [['glossary', ...pair, '--limit', '5'], 'g.tbx', (text) => expect(text).toMatch(/<tbx[ >]/u)],
    [['glossary', ...pair, '--limit', '5'], 'g.csv', (text) => expect(text.split('\n')[0]).toContain(',')],
    [['glossary', ...pair, '--limit', '5'], 'g.json', (text) => expect(Array.isArray(JSON.parse(text).candidates ?? JSON.parse(text))).toBe(true)],
    [['parse', SEED.en], 'p.json', (text) => expect(JSON.parse(text).lang).toBe('en')],
    [['parse', SEED.en], 'p.txt', (text) => expect(() => JSON.parse(text)).toThrow()],
    [['align', ...pair], 'a.txt', (text) => expect(() => JSON.parse(text)).toThrow()],
    [['align', ...pair], 'a.jsonl', (text) => expect(JSON.parse(text.split('\n')[1]!).ja).toBeDefined()],
    [['export', ...pair], 'e.xliff', (text) => expect(text).toMatch(/<xliff /u)],
    [['export', ...pair], 'e.jsonl', (text) => expect(JSON.parse(text.split('\n')[0]!).translation.ja).toEqual(expect.any(String))],
  ];
  for (const [args, name, check] of others) {
    it(`${args[0]} -o ${name}`, async () => {
      const file = join(scratch, `${args[0]}-${name}`);
      const result = await runMain(excerpt([...args, '-o', file]));
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      check(readFileSync(file, 'utf8'));
    });
  }

  it('the format for stdout stays the default: align pipes JSON, diff text', async () => {
    expect(JSON.parse((await runMain(['align', ...seeds])).stdout).pairs.length).toBeGreaterThan(100);
    expect((await runMain(['diff', ...seeds])).stdout).toMatch(/^Summary: /mu);
  });
});

describe('a contradiction is exit 2, one line, and no file', () => {
  const cases: Array<[string[], string, RegExp]> = [
    [['diff', ...seeds, '--format', 'text'], 'r.sarif', /^strategy-align: .*r\.sarif: the extension \.sarif names sarif, but --format is text/u],
    [['glossary', ...seeds, '-f', 'tsv'], 'g.tbx', /g\.tbx: the extension \.tbx names tbx, but --format is tsv/u],
    [['parse', SEED.ja, '-f', 'json'], 'p.txt', /p\.txt: the extension \.txt names tree, but --format is json/u],
    [['export', ...seeds, '-f', 'tsv'], 'e.tmx', /e\.tmx: the extension \.tmx names tmx, but --format is tsv/u],
    [['diff', ...seeds], 'r.tmx', /r\.tmx: diff cannot tell a format from the extension \.tmx \(it knows \.txt, \.json, \.sarif.*\): give --format/u],
    [['report', ...seeds], 'page.json', /page\.json: report cannot tell a format from the extension \.json/u],
    [['align', ...seeds], 'a.xml', /a\.xml: align cannot tell a format/u],
  ];
  for (const [args, name, pattern] of cases) {
    it(`${args.join(' ').replace(/seeds\/\S+/gu, '…')} -o ${name}`, async () => {
      const file = join(scratch, `bad-${args[0]}-${name}`);
      expectOneLineError(await runMain([...args, '-o', file]), pattern);
      expect(existsSync(file)).toBe(false);
    });
  }

  it('an unknown extension with --format given writes that format (the user said which)', async () => {
    const file = join(scratch, 'findings.log');
    const result = await runMain(excerpt(['diff', ...pair, '--format', 'json', '-o', file]));
    expect(result.status).toBe(1);
    expect(JSON.parse(readFileSync(file, 'utf8')).schema).toBe('strategy-align/diff@1');
  });

  it('a file name without an extension gets the default', async () => {
    const file = join(scratch, 'findings');
    expect((await runMain(excerpt(['diff', ...pair, '-o', file]))).status).toBe(1);
    expect(readFileSync(file, 'utf8')).toMatch(/^Summary: /mu);
  });
});
