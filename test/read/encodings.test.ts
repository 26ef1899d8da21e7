// The same document in every encoding and line-ending convention parses to exactly the same blocks.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Document } from '../../src/model.js';
import { parseDocument } from '../../src/parse/index.js';
import { readSource } from '../../src/read/index.js';
import { ROOT, SEED, seedDocument } from '../helpers/seeds.js';

const dir = mkdtempSync(join(tmpdir(), 'strategy-align-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Everything but the path, encoding and hash of the bytes. */
const content = (doc: Document) => ({ lang: doc.lang, sections: doc.sections, blocks: doc.blocks });

function copy(name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

const seedBytes = (lang: 'ja' | 'en') => readFileSync(`${ROOT}${SEED[lang]}`);
const seedText = (lang: 'ja' | 'en') => seedBytes(lang).toString('utf8');

function utf16(text: string, endian: 'le' | 'be'): Uint8Array {
  const le = Buffer.from(`\ufeff${text}`, 'utf16le');
  return endian === 'le' ? le : le.swap16();
}

describe('Japanese seed in legacy encodings (fixtures made with iconv)', () => {
  it.each([
    ['fixtures/integrated-innovation-strategy-2025.ja.sjis.txt', 'shift_jis'],
    ['fixtures/integrated-innovation-strategy-2025.ja.eucjp.txt', 'euc-jp'],
  ])('%s is read as %s and parses to the same blocks', (fixture, encoding) => {
    const source = readSource(`${ROOT}${fixture}`);
    expect(source.encoding).toBe(encoding);
    expect(source.text).toBe(seedText('ja'));
    expect(content(parseDocument(source))).toEqual(content(seedDocument('ja')));
  });

  it('is not valid UTF-8, so detection really had to choose', () => {
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(readFileSync(`${ROOT}fixtures/integrated-innovation-strategy-2025.ja.sjis.txt`))).toThrow();
  });
});

describe.each([
  ['en', 'CRLF', (t: string) => Buffer.from(t.replace(/\n/g, '\r\n')), 'utf-8'],
  ['en', 'CR', (t: string) => Buffer.from(t.replace(/\n/g, '\r')), 'utf-8'],
  ['en', 'UTF-16LE with BOM', (t: string) => utf16(t, 'le'), 'utf-16le'],
  ['en', 'UTF-16BE with BOM', (t: string) => utf16(t, 'be'), 'utf-16be'],
  ['ja', 'UTF-8 with BOM', (t: string) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t)]), 'utf-8-bom'],
  ['ja', 'CRLF in UTF-16LE', (t: string) => utf16(t.replace(/\n/g, '\r\n'), 'le'), 'utf-16le'],
] as const)('%s seed, %s', (lang, name, encode, encoding) => {
  it('parses to exactly the same blocks and sections', () => {
    const source = readSource(copy(`${lang}-${name.replace(/\W+/g, '-')}.txt`, encode(seedText(lang))));
    expect(source.encoding).toBe(encoding);
    expect(source.lang).toBe(lang);
    expect(content(parseDocument(source))).toEqual(content(seedDocument(lang)));
  });
});

describe('line separators other than LF', () => {
  it('U+2028/U+2029 inside a line and a form feed on the blank page-break line change no line number', () => {
    const lines = seedText('en').split('\n');
    lines[34] = lines[34]!.replace('proliferation of', 'proliferation\u2028of'); // line 35
    lines[35] = '\f'; // line 36, the page break
    lines[20] = lines[20]!.replace('an annual strategy', 'an annual\u2029strategy'); // line 21
    const doc = parseDocument(readSource(copy('en-separators.md', Buffer.from(lines.join('\n')))));
    const original = seedDocument('en');
    expect(doc.blocks.map((b) => [b.kind, b.lines])).toEqual(original.blocks.map((b) => [b.kind, b.lines]));
    const joined = doc.blocks.find((b) => b.lines[0] === 35)!;
    expect(joined.lines).toEqual([35, 37]);
    expect(joined.text).toContain('proliferation\u2028of'); // raw stays raw
    expect(joined.normalized).toBe(original.blocks.find((b) => b.lines[0] === 35)!.normalized);
    expect(doc.blocks.find((b) => b.lines[0] === 21)!.normalized).toContain('an annual strategy');
  });

  it('a Japanese page break marked by a form feed still joins the broken bullet', () => {
    const lines = seedText('ja').split('\n');
    lines[67] = '\f'; // line 68, between 67 "…A I の" and 69 "研究開発や…"
    lines[51] = `${lines[51]}\u0085`; // a NEL at the end of line 52
    const doc = parseDocument(readSource(copy('ja-formfeed.txt', Buffer.from(lines.join('\n')))));
    expect(content(doc).blocks.map((b) => [b.kind, b.lines, b.normalized])).toEqual(
      seedDocument('ja').blocks.map((b) => [b.kind, b.lines, b.normalized]),
    );
  });
});
