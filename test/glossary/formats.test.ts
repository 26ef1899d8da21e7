import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { create } from 'xmlbuilder2';
import { buildGlossary, formatGlossary, readGlossary, type TermCandidate } from '../../src/glossary/index.js';
import { TBX_NAMESPACE } from '../../src/glossary/tbx.js';
import { ALL_PAIRS, buildAlignment, SEEDS } from './seed-pairs.js';

let candidates: TermCandidate[];
const source = { ja: 'integrated-innovation-strategy-2025.ja.txt', en: 'integrated-innovation-strategy-2025.en.md' };

beforeAll(async () => {
  candidates = await buildGlossary(buildAlignment(ALL_PAIRS));
  // a real term of the English seed (en 24: "promote R&D investment") whose & XML must escape
  candidates = [...candidates, { ja: '研究開発投資', en: 'R&D investment', score: 0.5, count: 1, sources: ['association'], examples: [{ jaLines: [55, 55], enLines: [24, 24] }] }];
  expect(readFileSync(SEEDS.en, 'utf8')).toContain('R&D investment');
});

describe('tsv', () => {
  test('a header, then one line of six tab-separated fields per candidate', () => {
    const lines = formatGlossary(candidates, 'tsv', source).split('\n');
    expect(lines[0]).toBe('ja\ten\tscore\tcount\tsources\texamples');
    expect(lines.at(-1)).toBe('');
    expect(lines.length).toBe(candidates.length + 2);
    expect(lines.slice(1, -1).every((line) => line.split('\t').length === 6)).toBe(true);
    const kokken = lines.find((line) => line.startsWith('国研\t'))!.split('\t');
    expect(kokken.slice(1, 4)).toEqual(['Kokken', candidates.find((c) => c.ja === '国研')!.score.toFixed(3), '3']);
    expect(kokken[5]).toBe('ja 128 / en 117; ja 293 / en 288; ja 298 / en 296');
  });
});

describe('csv (RFC 4180)', () => {
  test('CRLF records; a term holding a comma is quoted, and parses back to the same fields', () => {
    const csv = formatGlossary(candidates, 'csv', source);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toContain('\n');
    expect(csv).toContain('"Sixth Basic Plan for Science, Technology and Innovation"');
    const rows = parseCsv(csv) as string[][];
    const tsvRows = formatGlossary(candidates, 'tsv', source).trimEnd().split('\n').map((line) => line.split('\t'));
    expect(rows).toEqual(tsvRows);
  });
});

describe('json', () => {
  test('validates against schema/glossary.schema.json', () => {
    const schema = JSON.parse(readFileSync(new URL('../../schema/glossary.schema.json', import.meta.url), 'utf8'));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const json = JSON.parse(formatGlossary(candidates, 'json', source));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.candidates).toEqual(candidates);
  });
});

describe('tbx (TBX-Basic, TBX v3)', () => {
  let tbx: string;
  beforeAll(() => {
    tbx = formatGlossary(candidates, 'tbx', source);
  });

  test('is well-formed XML for xmllint', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'glossary.tbx');
    writeFileSync(file, tbx);
    const result = spawnSync('xmllint', ['--noout', file], { encoding: 'utf8' });
    expect(result.error, 'xmllint is missing: apt-get install libxml2-utils').toBeUndefined();
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
  });

  test('has the TBX-Basic structure: tbx root, header, conceptEntry → langSec → termSec/term', () => {
    const root = create(tbx).root().node as unknown as Element;
    expect(root.localName).toBe('tbx');
    expect(root.namespaceURI).toBe(TBX_NAMESPACE);
    expect([root.getAttribute('type'), root.getAttribute('style'), root.getAttribute('xml:lang')]).toEqual(['TBX-Basic', 'dca', 'en']);
    // the DOM of xmlbuilder2 has no reliable `children`: element child nodes, in order
    const elementsOf = (element: Element) => Array.from(element.childNodes).filter((node): node is Element => node.nodeType === 1);
    const children = (element: Element) => elementsOf(element).map((child) => child.localName);
    expect(children(root)).toEqual(['tbxHeader', 'text']);
    expect(root.getElementsByTagName('fileDesc')[0]!.getElementsByTagName('sourceDesc')[0]!.getElementsByTagName('p')).toHaveLength(1);
    const body = root.getElementsByTagName('body')[0]!;
    const entries = elementsOf(body);
    expect(entries.map((entry) => entry.localName)).toEqual(candidates.map(() => 'conceptEntry'));
    expect(new Set(entries.map((entry) => entry.getAttribute('id'))).size).toBe(candidates.length);
    entries.forEach((entry, i) => {
      const langSecs = elementsOf(entry).filter((child) => child.localName === 'langSec');
      expect(langSecs.map((l) => l.getAttribute('xml:lang'))).toEqual(['ja', 'en']);
      const terms = langSecs.map((l) => {
        const [termSec, ...others] = elementsOf(l);
        expect(others).toEqual([]);
        expect(termSec!.localName).toBe('termSec');
        expect(children(termSec!)).toEqual(['term', 'termNote']);
        expect(elementsOf(termSec!)[1]!.getAttribute('type')).toBe('partOfSpeech');
        return elementsOf(termSec!)[0]!.textContent;
      });
      expect(terms).toEqual([candidates[i]!.ja, candidates[i]!.en]);
      // notes (score, count, sources, lines) come before the language sections
      expect(children(entry).indexOf('note')).toBeLessThan(children(entry).indexOf('langSec'));
    });
  });

  test('escapes markup characters: R&D', () => {
    expect(tbx).toContain('<term>R&amp;D investment</term>');
  });
});

describe('tbx round trip of ampersands', () => {
  // xmlbuilder2 on its own leaves an "&" that looks like an entity unescaped: "R&D;" would be read
  // back as an undefined entity and "&amp;" as "&" (src/text/xml.ts)
  const hostile: TermCandidate[] = [
    // the seed's "R&D" (en 24) as a PDF extraction can leave it, with the list's semicolon attached
    { ja: '研究開発投資', en: 'R&D; investment', score: 0.9, count: 1, sources: ['association'], examples: [{ jaLines: [55, 55], enLines: [24, 24] }] },
    // text that was HTML-escaped once before it reached us
    { ja: '研究開発', en: 'R&amp;D', score: 0.8, count: 1, sources: ['association'], examples: [{ jaLines: [55, 55], enLines: [24, 24] }] },
  ];

  test('"R&D;" and "&amp;" come back unchanged through xmllint and through readGlossary', () => {
    const tbx = formatGlossary(hostile, 'tbx', { ja: 'a&b;.ja.txt', en: 'a&amp;b.en.md' });
    const file = join(mkdtempSync(join(tmpdir(), 'glossary-')), 'amp.tbx');
    writeFileSync(file, tbx);
    const terms = spawnSync('xmllint', ['--xpath', '//*[local-name()="term"]/text()', file], { encoding: 'utf8' });
    expect(terms.stderr).toBe('');
    // xmllint prints text nodes escaped again: what the parser read is the text with & restored
    expect(terms.stdout.split('\n').filter(Boolean).map((t) => t.replace(/&amp;/g, '&'))).toEqual(['研究開発投資', 'R&D; investment', '研究開発', 'R&amp;D']);
    expect(readGlossary(tbx, 'tbx')).toEqual([
      { ja: '研究開発投資', en: ['R&D; investment'] },
      { ja: '研究開発', en: ['R&amp;D'] },
    ]);
    const header = spawnSync('xmllint', ['--xpath', 'string(//*[local-name()="p"])', file], { encoding: 'utf8' });
    expect(header.stdout).toContain('from a&b;.ja.txt (ja) and a&amp;b.en.md (en)');
  });
});
