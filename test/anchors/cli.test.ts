// `strategy-align parse FILE --anchors` as a user runs it, through main() in process.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runMain } from '../helpers/run-cli.js';
import { ROOT, SEED } from '../helpers/seeds.js';

const run = (args: string[]) => runMain(args);

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/parse.js'))) throw new Error('run `npm run build` before these tests');
});

describe('parse --anchors', () => {
  it('lists the Japanese anchors of a block with their values', async () => {
    const result = await run(['parse', SEED.ja, '--anchors']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    const block = result.stdout.split(/\n(?=b\d)/u).find((b) => b.includes(', line 211\n'))!;
    expect(block).toMatch(/^ {2}date {4}2030s \(early by\) +2030年代前半までに$/mu);
    expect(block).toMatch(/^ {2}number {2}30 \(about, unit cases\) +30件程度$/mu);
  });

  it('lists the English ones the same way, and writes to a file with -o', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'strategy-align-anchors-')), 'en.txt');
    const result = await run(['parse', SEED.en, '--anchors', '-o', out]);
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('');
    const text = readFileSync(out, 'utf8');
    expect(text).toMatch(/^ {2}date {4}FY2025 \(end by\) +by the end of FY2025$/mu);
    expect(text).toMatch(/^ {2}number {2}1000000000000 \(unit yen\) +one trillion yen$/mu);
    expect(text.trimEnd().split('\n').at(-1)).toMatch(/^\d+ anchors in \d+ blocks: \d+ dates, \d+ numbers, \d+ names, \d+ titles$/u);
  });
});

describe('the anchors stage on the diff path', () => {
  it('never loads kuromoji', async () => {
    const script = `
      import { createRequire } from 'node:module';
      import { loadDocument } from './dist/pipeline/index.js';
      import { readSource } from './dist/read/index.js';
      const ja = loadDocument(readSource(${JSON.stringify(SEED.ja)}));
      const en = loadDocument(readSource(${JSON.stringify(SEED.en)}));
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((path) => path.includes('kuromoji'));
      console.log(JSON.stringify({ blocks: ja.blocks.length + en.blocks.length, loaded }));
    `;
    const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(result.stderr).toBe('');
    const { blocks, loaded } = JSON.parse(result.stdout);
    expect(blocks).toBeGreaterThan(0);
    expect(loaded).toEqual([]);
  });
});
