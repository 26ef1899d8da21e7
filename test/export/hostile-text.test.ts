// Property: any text — markup characters, "]]>", control characters, tabs, newlines, lone
// surrogates, emoji — comes back from every format as the documented rule says, read by a
// conforming parser (lxml) for TMX and XLIFF, and by the inverse escaping for TSV and JSONL (TSV
// shows control characters other than TAB/LF/CR as their control pictures: visibleControl).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { toJsonl } from '../../src/export/jsonl.js';
import type { ExportMeta } from '../../src/export/meta.js';
import type { ExportSegment } from '../../src/export/segments.js';
import { toTmx } from '../../src/export/tmx.js';
import { toTsv, unescapeTsvField } from '../../src/export/tsv.js';
import { toXliff } from '../../src/export/xliff.js';
import { visibleControl } from '../../src/text/escape.js';
import { PYTHON, readXmlSegments, skipWithout, XMLLINT, xmllintNoout } from './tools/external.js';

const metaOf = (jaName: string): ExportMeta => ({
  toolVersion: '0.1.0',
  level: 'sentence',
  ja: { name: jaName, sha256: '0'.repeat(64) },
  en: { name: 'integrated-innovation-strategy-2025.en.md', sha256: '1'.repeat(64) },
});

const hostilePiece = fc.oneof(
  fc.constantFrom(
    '<', '>', '&', '&amp;', ']]>', '<![CDATA[', '-->', '"', "'", '\\', '\\n', '\t', '\n', '\r', '\r\n', ' ', '  ',
    '\u0000', '\u0001', '\u0008', '\u000b', '\u000c', '\u001f', '\u007f', '\u0085', '\u2028',
    '\ud800', '\udfff', '\ufffe', '\uffff', '😀', '👨‍👩‍👧', '統合イノベーション戦略', '（A I 活用の推進）', '令和 7 年',
  ),
  fc.string({ unit: 'binary', maxLength: 4 }),
  fc.string({ maxLength: 6 }),
);
const hostileText = fc.array(hostilePiece, { minLength: 1, maxLength: 10 }).map((pieces) => pieces.join(''));

const segmentsArbitrary = fc
  .array(fc.record({ ja: hostileText, en: hostileText, score: fc.double({ min: 0, max: 1, noNaN: true }) }), { minLength: 1, maxLength: 25 })
  .map((records) =>
    records.map(
      (record, index): ExportSegment => ({
        id: `p${index + 1}.1`,
        ja: record.ja,
        en: record.en,
        score: Math.round(record.score * 1000) / 1000,
        type: '1-1',
        section: record.ja.slice(0, 8), // hostile text in a prop too
        lines: { ja: [index + 1, index + 2], en: [index + 3, index + 3] },
      }),
    ),
  );

/** The documented rule for XML, written out independently of src/export/text.ts. */
function expectedXmlText(text: string): string {
  let out = '';
  const units = text.replace(/\r\n/gu, '\n');
  for (let i = 0; i < units.length; i++) {
    const code = units.charCodeAt(i);
    const nextCode = units.charCodeAt(i + 1);
    if (code >= 0xd800 && code <= 0xdbff && nextCode >= 0xdc00 && nextCode <= 0xdfff) {
      out += units[i]! + units[i + 1]!;
      i++;
    } else if (code >= 0xd800 && code <= 0xdfff) out += '\ufffd';
    else if (code === 0x0d) out += '\n';
    else if (code === 0x0b || code === 0x0c) out += ' ';
    else if ((code < 0x20 && code !== 0x09 && code !== 0x0a) || code === 0xfffe || code === 0xffff) out += '\ufffd';
    else out += units[i]!;
  }
  return out;
}

/** What UTF-8 can carry: every lone surrogate becomes U+FFFD, as Buffer.from does. */
const utf8RoundTrip = (text: string) => Buffer.from(text, 'utf8').toString('utf8');

const dir = mkdtempSync(join(tmpdir(), 'strategy-align-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let fileNumber = 0;
function writeOut(extension: string, content: string): string {
  const path = join(dir, `case-${++fileNumber}${extension}`);
  writeFileSync(path, content, 'utf8');
  return path;
}

describe('hostile text', () => {
  it('round-trips through TSV: one line per segment, fields unescape to the text', () => {
    fc.assert(
      fc.property(segmentsArbitrary, (segments) => {
        const written = utf8RoundTrip(toTsv(segments, { header: true }));
        const lines = written.split('\n');
        expect(lines.at(-1)).toBe('');
        expect(lines).toHaveLength(segments.length + 2);
        lines.slice(1, -1).forEach((line, i) => {
          const fields = line.split('\t');
          expect(fields).toHaveLength(4);
          expect(unescapeTsvField(fields[0]!)).toBe(visibleControl(utf8RoundTrip(segments[i]!.ja)));
          expect(unescapeTsvField(fields[1]!)).toBe(visibleControl(utf8RoundTrip(segments[i]!.en)));
        });
      }),
      { numRuns: 200 },
    );
  });

  it('round-trips through JSONL: one parseable line per segment', () => {
    fc.assert(
      fc.property(segmentsArbitrary, (segments) => {
        const lines = utf8RoundTrip(toJsonl(segments)).split('\n');
        expect(lines).toHaveLength(segments.length + 1);
        lines.slice(0, -1).forEach((line, i) => {
          const record = JSON.parse(line) as { translation: { ja: string; en: string }; section: string };
          expect(record.translation).toEqual({ ja: utf8RoundTrip(segments[i]!.ja), en: utf8RoundTrip(segments[i]!.en) });
          expect(record.section).toBe(utf8RoundTrip(segments[i]!.section!));
        });
      }),
      { numRuns: 200 },
    );
  });

  const needs = skipWithout('xmllint and translate-toolkit (lxml)', XMLLINT !== null && PYTHON !== null);
  it.skipIf(needs)('round-trips through TMX and XLIFF: well-formed for xmllint, read back by lxml', () => {
    fc.assert(
      fc.property(segmentsArbitrary, hostileText, (segments, jaName) => {
        const meta = metaOf(jaName); // hostile text in an attribute (XLIFF original) and a header prop (TMX)
        for (const [extension, content] of [['.tmx', toTmx(segments, meta)], ['.xlf', toXliff(segments, meta)]] as const) {
          const file = writeOut(extension, content);
          expect(xmllintNoout(file)).toEqual({ status: 0, stderr: '' });
          const read = readXmlSegments(file);
          expect(read.segments).toEqual(segments.map((s) => ({ id: s.id, ja: expectedXmlText(s.ja), en: expectedXmlText(s.en) })));
          const expectedName = expectedXmlText(jaName);
          expect(read.jaFile).toBe(extension === '.xlf' ? expectedName.replace(/[\t\n]/gu, ' ') : expectedName);
        }
      }),
      { numRuns: 15 },
    );
  });
});
