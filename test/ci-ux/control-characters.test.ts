// An ESC sequence in the English must not reach a terminal or a file a person opens, in any text
// format; a mention or issue number quoted in the markdown comment must not notify or link. The seed
// English with one sentence of a finding (the omission at JA:211 / EN:209–211) made hostile, in an
// excerpt of the seeds (helpers/seeds.ts) that keeps that finding, the chapter 1 heading and the title anchor.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { unescapeTsvField } from '../../src/text/escape.js';
import { runMain } from '../helpers/run-cli.js';
import { seedExcerptFiles } from '../helpers/seeds.js';

const ESC = '\u001b';
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u;
const SEED = seedExcerptFiles();
let hostile = '';
let scratch = '';

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'strategy-align-control-'));
  const english = readFileSync(SEED.en, 'utf8');
  const sentence = 'build up a track record of success';
  expect(english.split(sentence)).toHaveLength(2);
  hostile = join(scratch, 'hostile.en.md');
  writeFileSync(
    hostile,
    english
      .replace(sentence, `build up a ${ESC}[31mtrack record${ESC}[0m of success\u0007 (cc @octocat, see #123 and GH-45)`)
      .replace('## 1. Basic Concept', `## 1. Basic ${ESC}[1mConcept`) // a heading: parse's outline
      .replace('"Integrated Strategy 2025"', `"Integrated ${ESC}[1mStrategy 2025"`), // a title anchor: parse --anchors
  );
});

async function output(args: string[]): Promise<string> {
  const result = await runMain(args);
  expect(result.status === 0 || (args[0] === 'diff' && result.status === 1)).toBe(true);
  return result.stdout;
}

describe('control characters are made visible in every text format', () => {
  const cases: Array<[string, string[]]> = [
    ['diff text', ['diff', SEED.ja, 'EN']],
    ['diff markdown', ['diff', SEED.ja, 'EN', '-f', 'markdown']],
    ['export tsv', ['export', SEED.ja, 'EN', '-f', 'tsv']],
    ['align text', ['align', SEED.ja, 'EN', '-f', 'text']],
    ['parse tree', ['parse', 'EN']],
    ['parse --anchors', ['parse', 'EN', '--anchors']],
  ];
  for (const [name, args] of cases) {
    it(name, async () => {
      const text = await output(args.map((arg) => (arg === 'EN' ? hostile : arg)));
      // markdown also escapes the bracket; the listings cut long texts, so they show the start
      if (name === 'diff markdown') expect(text).toContain('␛\\[31mtrack record␛\\[0m of success␇');
      else if (name.startsWith('diff') || name.startsWith('export')) expect(text).toContain('␛[31mtrack record␛[0m of success␇');
      else if (name === 'align text') expect(text).toContain('␛');
      else expect(text).toMatch(name === 'parse tree' ? /1\. Basic ␛\[1mConcept/u : /title +\(defined\) +Integrated ␛\[1mStrategy 2025/u);
      expect(text).not.toMatch(RAW_CONTROL);
    });
  }

  it('glossary csv has no raw control character (its terms come from the same text)', async () => {
    const file = join(scratch, 'g.csv');
    expect((await runMain(['glossary', SEED.ja, hostile, '-o', file])).status).toBe(0);
    expect(readFileSync(file, 'utf8').replace(/\r\n/gu, '\n')).not.toMatch(RAW_CONTROL);
  });

  it('JSON keeps the text exactly, escaped the JSON way', async () => {
    const json = await output(['diff', SEED.ja, hostile, '-f', 'json']);
    expect(json).toContain('\\u001b[31mtrack record\\u001b[0m');
    expect(json).not.toMatch(RAW_CONTROL);
    const texts = JSON.parse(json).discrepancies.map((d: { en: { text: string } | null }) => d.en?.text ?? '');
    expect(texts.some((t: string) => t.includes(`${ESC}[31mtrack record`))).toBe(true);
  });

  it('the TSV field reads back as the text with its controls made visible, one record a line', async () => {
    const tsv = await output(['export', SEED.ja, hostile, '-f', 'tsv']);
    const row = tsv.split('\n').find((line) => line.includes('track record'))!;
    const en = unescapeTsvField(row.split('\t')[1]!);
    expect(en).toContain('build up a ␛[31mtrack record␛[0m of success␇ (cc @octocat');
  });
});

describe('markdown pings nobody', () => {
  it('neutralises @name, #123 and GH-45 with a zero-width joiner, in the quoted text', async () => {
    const markdown = await output(['diff', SEED.ja, hostile, '-f', 'markdown']);
    expect(markdown).toContain('(cc @\u200doctocat, see #\u200d123 and GH\u200d-45)');
    expect(markdown).not.toMatch(/(?<![\w])@octocat|#123|GH-45/u);
    // the markdown's own headings and entities are untouched
    expect(markdown).toMatch(/^## strategy-align diff fails$/mu);
  });
});
