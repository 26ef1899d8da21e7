// The four formats on a hand-made alignment of real seed excerpts, checked by their consumers:
// xmllint, translate-toolkit's TMX reader, lxml; TSV and JSONL read back.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { create } from 'xmlbuilder2';
import { afterAll, describe, expect, it } from 'vitest';
import { exportAlignment, type ExportFormat, type ExportOptions } from '../../src/export/index.js';
import { unescapeTsvField } from '../../src/export/tsv.js';
import { seedExcerptAlignment } from '../helpers/seed-alignment.js';
import { IN_CI, PYTHON, readXmlSegments, skipWithout, tmx2po, XMLLINT, xmllintNoout } from './tools/external.js';

const alignment = seedExcerptAlignment();
const options = (format: ExportFormat, extra: Partial<ExportOptions> = {}): ExportOptions => ({
  format,
  level: 'sentence',
  minScore: 0,
  includeUnpaired: false,
  header: false,
  toolVersion: '0.1.0',
  ...extra,
});

const dir = mkdtempSync(join(tmpdir(), 'strategy-align-export-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
function write(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

// A real sentence pair of the seeds (JA line 52, EN line 21) as the export writes it.
const JA_52 = '統合イノベーション戦略2025(以下「統合戦略2025」という。)は、「第6期科学技術・イノベーション基本計画(令和3年3月26日閣議決定)」(以下「第6期基本計画」という。)の実行計画として位置付けられる5年目の年次戦略であるとともに、第7期基本計画も見据えた重要な戦略となるものである。';
const EN_21 = 'The Integrated Innovation Strategy 2025 (hereinafter referred to as "Integrated Strategy 2025") is an annual strategy in its fifth year positioned as an implementation plan of the Sixth Basic Plan for Science, Technology and Innovation (Cabinet decision of March 26, 2021; hereinafter referred to as the "Sixth STI Basic Plan"), and it is also an important strategy with a view to the Seventh STI Basic Plan.';

type Dom = { nodeType: number; localName: string; namespaceURI: string | null; textContent: string | null; childNodes: ArrayLike<Dom>; getAttribute(name: string): string | null; };
const children = (node: Dom, name?: string): Dom[] =>
  Array.from(node.childNodes).filter((child) => child.nodeType === 1 && (name === undefined || child.localName === name));
const parse = (xml: string): Dom => create(xml).root().node as unknown as Dom;

describe('TMX', () => {
  const tmx = exportAlignment(alignment, options('tmx', { includeUnpaired: true })).content;
  const root = parse(tmx);
  const tus = children(children(root, 'body')[0]!, 'tu');

  it('has the TMX 1.4b header', () => {
    expect(root.localName).toBe('tmx');
    expect(root.getAttribute('version')).toBe('1.4');
    const header = children(root, 'header')[0]!;
    expect(Object.fromEntries(['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype'].map((a) => [a, header.getAttribute(a)]))).toEqual({
      creationtool: 'strategy-align',
      creationtoolversion: '0.1.0',
      segtype: 'sentence',
      'o-tmf': 'strategy-align',
      adminlang: 'en',
      srclang: 'ja',
      datatype: 'plaintext',
    });
    expect(exportAlignment(alignment, options('tmx', { level: 'block' })).content).toContain('segtype="paragraph"');
  });

  it('writes one tu per segment: Japanese tuv first, props for score, type, section and lines', () => {
    expect(tus).toHaveLength(16);
    const tu = tus.find((t) => t.getAttribute('tuid') === 'p5.1')!;
    const props = Object.fromEntries(children(tu, 'prop').map((p) => [p.getAttribute('type'), p.textContent]));
    expect(props).toEqual({ 'x-score': '0.930', 'x-alignment': '1-1', 'x-section': '1. 基本的な考え方', 'x-ja-lines': '52-52', 'x-en-lines': '21-21' });
    const tuvs = children(tu, 'tuv');
    expect(tuvs.map((tuv) => tuv.getAttribute('xml:lang'))).toEqual(['ja', 'en']);
    expect(tuvs.map((tuv) => children(tuv, 'seg')[0]!.textContent)).toEqual([JA_52, EN_21]);
  });

  it('gives an unpaired segment only the tuv of the side that has text', () => {
    const tu = tus.find((t) => t.getAttribute('tuid') === 'p3.1')!;
    expect(children(tu, 'tuv').map((tuv) => tuv.getAttribute('xml:lang'))).toEqual(['ja']);
  });

  it.skipIf(skipWithout('xmllint', XMLLINT !== null))('is well-formed XML for xmllint', () => {
    for (const level of ['sentence', 'block'] as const) {
      const file = write(`seed-${level}.tmx`, exportAlignment(alignment, options('tmx', { level, includeUnpaired: true })).content);
      expect(xmllintNoout(file)).toEqual({ status: 0, stderr: '' });
    }
  });

  it.skipIf(skipWithout('translate-toolkit', PYTHON !== null))('is read by translate-toolkit: its PO has the seed sentence pair', () => {
    const tmxFile = write('seed.tmx', exportAlignment(alignment, options('tmx')).content);
    const poFile = join(dir, 'seed.po');
    const result = tmx2po(tmxFile, poFile);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    const entries = parsePo(readFileSync(poFile, 'utf8'));
    expect(entries.get(JA_52)).toBe(EN_21);
    expect(entries.size).toBe(14);
  });
});

/** msgid → msgstr of a PO file, continuation lines joined. */
function parsePo(po: string): Map<string, string> {
  const entries = new Map<string, string>();
  let key: 'msgid' | 'msgstr' | null = null;
  let current = { msgid: '', msgstr: '' };
  const flush = () => {
    if (current.msgid !== '') entries.set(current.msgid, current.msgstr);
    current = { msgid: '', msgstr: '' };
  };
  for (const line of po.split('\n')) {
    const start = /^(msgid|msgstr) (".*")$/u.exec(line);
    if (start) {
      if (start[1] === 'msgid') flush();
      key = start[1] as 'msgid' | 'msgstr';
      current[key] = JSON.parse(start[2]!) as string;
    } else if (line.startsWith('"') && key) {
      current[key] += JSON.parse(line) as string;
    } else {
      key = null;
    }
  }
  flush();
  return entries;
}

describe('XLIFF 2.1', () => {
  const xliff = exportAlignment(alignment, options('xliff', { includeUnpaired: true })).content;
  const root = parse(xliff);
  const XLIFF_NS = 'urn:oasis:names:tc:xliff:document:2.0';
  const MDA_NS = 'urn:oasis:names:tc:xliff:metadata:2.0';
  const units = children(children(root, 'file')[0]!, 'unit');

  it('has the core structure: xliff 2.1 ja→en, one file, one unit per segment', () => {
    expect([root.localName, root.namespaceURI]).toEqual(['xliff', XLIFF_NS]);
    expect(['version', 'srcLang', 'trgLang'].map((a) => root.getAttribute(a))).toEqual(['2.1', 'ja', 'en']);
    const files = children(root, 'file');
    expect(files).toHaveLength(1);
    expect(files[0]!.getAttribute('id')).toBe('f1');
    expect(units).toHaveLength(16);
  });

  it('follows the core rules a validator checks', () => {
    const ids = units.map((unit) => unit.getAttribute('id')!);
    expect(new Set(ids).size).toBe(ids.length); // unique within the file
    for (const unit of units) {
      expect(unit.getAttribute('id')).toMatch(/^[\p{L}\p{N}._:-]+$/u); // NMTOKEN
      // the metadata module's element comes before the segments
      expect(children(unit).map((c) => `${c.namespaceURI === MDA_NS ? 'mda:' : ''}${c.localName}`)).toEqual(['mda:metadata', 'segment']);
      const segment = children(unit, 'segment')[0]!;
      const parts = children(segment).map((c) => c.localName);
      expect(parts[0]).toBe('source');
      expect(parts.slice(1).every((p) => p === 'target') && parts.length <= 2).toBe(true);
      const state = segment.getAttribute('state')!;
      expect(['initial', 'translated', 'reviewed', 'final']).toContain(state);
      if (state !== 'initial') expect(parts).toContain('target'); // a state beyond initial needs a target
      const subState = segment.getAttribute('subState');
      if (subState !== null) expect(subState).toMatch(/^[^\s:]+:[^\s]+$/u); // prefix:value
      const metas = children(children(children(unit, 'metadata')[0]!, 'metaGroup')[0]!, 'meta');
      expect(metas.every((meta) => meta.namespaceURI === MDA_NS && meta.getAttribute('type') !== null)).toBe(true);
    }
  });

  it('maps pairing and score onto the segment state', () => {
    const state = (id: string) => {
      const segment = children(units.find((u) => u.getAttribute('id') === id)!, 'segment')[0]!;
      return [segment.getAttribute('state'), segment.getAttribute('subState')];
    };
    expect(state('p5.1')).toEqual(['translated', null]);
    expect(state('p7.1')).toEqual(['translated', 'strategy-align:check-alignment']); // 0.42
    expect(state('p3.1')).toEqual(['initial', 'strategy-align:untranslated']); // Japanese only
    expect(state('p1.1')).toEqual(['translated', 'strategy-align:no-source']); // English only
  });

  it('carries the seed sentence pair as source and target', () => {
    const segment = children(units.find((u) => u.getAttribute('id') === 'p5.1')!, 'segment')[0]!;
    expect(children(segment).map((c) => c.textContent)).toEqual([JA_52, EN_21]);
  });

  it('stays a valid document when nothing is exported', () => {
    const empty = parse(exportAlignment({ ...alignment, pairs: [] }, options('xliff')).content);
    expect(children(children(empty, 'file')[0]!).length).toBeGreaterThan(0);
  });

  it.skipIf(skipWithout('xmllint', XMLLINT !== null))('is well-formed XML for xmllint', () => {
    for (const level of ['sentence', 'block'] as const) {
      const file = write(`seed-${level}.xlf`, exportAlignment(alignment, options('xliff', { level, includeUnpaired: true })).content);
      expect(xmllintNoout(file)).toEqual({ status: 0, stderr: '' });
    }
    const empty = write('empty.xlf', exportAlignment({ ...alignment, pairs: [] }, options('xliff')).content);
    expect(xmllintNoout(empty).status).toBe(0);
  });

  it.skipIf(skipWithout('translate-toolkit', PYTHON !== null))('reads back through lxml to the same sentences', () => {
    const file = write('seed-lxml.xlf', xliff);
    const read = readXmlSegments(file).segments;
    expect(read.find((s) => s.id === 'p5.1')).toEqual({ id: 'p5.1', ja: JA_52, en: EN_21 });
  });
});

describe('TSV', () => {
  it('writes ja, en, score and type, one line per segment', () => {
    const tsv = exportAlignment(alignment, options('tsv')).content;
    const lines = tsv.trimEnd().split('\n');
    expect(lines).toHaveLength(14);
    expect(lines.every((line) => line.split('\t').length === 4)).toBe(true);
    expect(lines[2]!.split('\t')).toEqual([JA_52, EN_21, '0.930', '1-1']);
  });

  it('starts with the column names only when asked', () => {
    expect(exportAlignment(alignment, options('tsv', { header: true })).content.split('\n')[0]).toBe('ja\ten\tscore\ttype');
    expect(exportAlignment(alignment, options('tsv')).content.startsWith('ja\t')).toBe(false);
  });

  it('leaves the empty column of unpaired text empty', () => {
    const lines = exportAlignment(alignment, options('tsv', { includeUnpaired: true })).content.split('\n');
    expect(lines[0]!.split('\t')).toEqual(['', '[Tentative translation]', '0.900', '0-1']);
    expect(unescapeTsvField(lines[0]!.split('\t')[1]!)).toBe('[Tentative translation]');
  });
});

describe('JSONL', () => {
  it('writes the parallel-corpus layout, one object per line', () => {
    const records = exportAlignment(alignment, options('jsonl')).content.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(records).toHaveLength(14);
    expect(records[2]).toEqual({
      id: 'p5.1',
      translation: { ja: JA_52, en: EN_21 },
      score: 0.93,
      type: '1-1',
      section: '1. 基本的な考え方',
      lines: { ja: [52, 52], en: [21, 21] },
    });
    expect(records.find((r) => r.id === 'p6.2').lines).toEqual({ ja: [53, 53], en: [22, 22] });
  });
});

describe('determinism', () => {
  it('gives byte-identical output for the same alignment, in every format', () => {
    for (const format of ['tmx', 'xliff', 'tsv', 'jsonl'] as const) {
      const first = exportAlignment(alignment, options(format, { includeUnpaired: true })).content;
      const again = exportAlignment(seedExcerptAlignment(), options(format, { includeUnpaired: true })).content;
      expect(again).toBe(first);
    }
  });
});

if (IN_CI) {
  describe('CI has the consumers', () => {
    it('has xmllint and translate-toolkit', () => {
      expect(XMLLINT, 'xmllint missing: apt-get install libxml2-utils').not.toBeNull();
      expect(PYTHON, 'translate-toolkit missing: apt-get install translate-toolkit').not.toBeNull();
    });
  });
}
