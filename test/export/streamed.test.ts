// The streamed writers (align's JSON, export's TMX and XLIFF, the atomic writer) give the same
// bytes as the whole-document form. Where they cut is where a streamed writer can go wrong: XML
// children serialised a few at a time and cut out of a skeleton (escaping, indentation, an empty
// container), JSON pairs re-indented two levels deep, UTF-8 encoded batch by batch with a
// surrogate pair split between two pieces. Real text: the seeds, and a dev-corpus pair (NICT,
// Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles, CC BY-SA 3.0).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { alignmentJsonChunks, alignmentJsonlChunks, toAlignmentJson } from '../../src/align/serialize.js';
import { writeChunksAtomic } from '../../src/atomic-file.js';
import { collectSegments, DEFAULT_SEGMENT_OPTIONS, type ExportSegment } from '../../src/export/segments.js';
import { exportMeta } from '../../src/export/meta.js';
import { tmxChunks } from '../../src/export/tmx.js';
import { xliffChunks } from '../../src/export/xliff.js';
import { alignPair, InputError } from '../../src/index.js';
import { utf8Batches } from '../../src/text/utf8-chunks.js';
import { seedAlignment } from '../helpers/pipeline.js';

const WHOLE = Number.POSITIVE_INFINITY; // every child in one skeleton: xmlString of the whole tree
const DEV_PAIR = '../shared/dev-corpus/clean/BDS00155';
const dev = existsSync(DEV_PAIR) ? alignPair(`${DEV_PAIR}/ja.txt`, `${DEV_PAIR}/en.md`, { onWarning: () => {} }) : null;

const seed = seedAlignment();
const segmentsOf = (alignment: typeof seed, includeUnpaired: boolean) => collectSegments(alignment, { ...DEFAULT_SEGMENT_OPTIONS, level: 'sentence', minScore: 0, includeUnpaired });
const meta = exportMeta(seed, 'sentence', '0.1.0');
const joined = (chunks: Iterable<string>) => [...chunks].join('');

/** A seed segment with markup and line breaks in it, as a badly extracted PDF gives. */
function withMarkup(segment: ExportSegment): ExportSegment {
  return { ...segment, ja: `${segment.ja}\n<注> R&D &amp; "研究"`, en: `${segment.en}\r\n]]> R&D; <b>` };
}

describe('streamed XML', () => {
  const seedSegments = segmentsOf(seed, true);
  const cases: Array<[string, ExportSegment[]]> = [
    ['the seeds, unpaired text included', seedSegments],
    ['seed segments with markup and line breaks', seedSegments.slice(0, 40).map(withMarkup)],
    ['one segment', seedSegments.slice(0, 1)],
    ['no segment', []],
  ];
  it.each(cases)('TMX and XLIFF of %s: the same bytes however many units go in one piece', (_name, segments) => {
    const tmx = joined(tmxChunks(segments, meta, WHOLE));
    const xliff = joined(xliffChunks(segments, meta, WHOLE));
    for (const perChunk of [1, 3, 256]) {
      expect(joined(tmxChunks(segments, meta, perChunk))).toBe(tmx);
      expect(joined(xliffChunks(segments, meta, perChunk))).toBe(xliff);
    }
    expect(tmx.endsWith('</tmx>\n')).toBe(true);
    expect(tmx.split('<tu ').length - 1).toBe(segments.length);
    expect(xliff.split('<unit ').length - 1).toBe(segments.length);
    if (segments.length === 0) {
      expect(tmx).toContain('<body/>');
      expect(xliff).toContain('<group id="empty"/>');
    }
  });
});

describe('streamed alignment JSON', () => {
  const alignments = [['the seeds', seed], ...(dev ? [['a dev-corpus pair', dev]] : []), ['no pairs', { ...seed, pairs: [] }]] as const;
  for (const [name, alignment] of alignments) {
    for (const level of ['sentence', 'block'] as const) {
      it(`${name}, ${level} level: JSON as JSON.stringify of the whole, JSON lines a line each`, () => {
        const whole = toAlignmentJson(alignment, level);
        expect(joined(alignmentJsonChunks(alignment, level))).toBe(`${JSON.stringify(whole, null, 2)}\n`);
        const { pairs, ...header } = whole;
        expect(joined(alignmentJsonlChunks(alignment, level))).toBe([JSON.stringify(header), ...pairs.map((p) => JSON.stringify(p))].join('\n') + '\n');
      });
    }
  }
});

describe('UTF-8 batches', () => {
  // a seed line and a name in a character outside the BMP (𠮷, a surrogate pair in UTF-16)
  const text = `${readFileSync('seeds/integrated-innovation-strategy-2025.ja.txt', 'utf8').split('\n')[51]}𠮷野家😀`;
  it('are the bytes of the whole text, wherever the pieces are cut, surrogate pairs included', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: text.length - 1 }), { maxLength: 12 }), fc.integer({ min: 1, max: 40 }), (cuts, batchChars) => {
        const at = [0, ...cuts.sort((a, b) => a - b), text.length];
        const pieces = at.slice(1).map((end, i) => text.slice(at[i], end));
        expect(Buffer.concat([...utf8Batches(pieces, batchChars)]).equals(Buffer.from(text, 'utf8'))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe('writeChunksAtomic', () => {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-align-streamed-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the pieces as one file and reports every byte it wrote', () => {
    const path = join(dir, 'seed.tmx');
    const pieces = [...tmxChunks(segmentsOf(seed, false), meta, 5)];
    let bytes = 0;
    writeChunksAtomic(path, pieces, (written) => (bytes += written.length));
    const expected = Buffer.from(pieces.join(''), 'utf8');
    expect(readFileSync(path).equals(expected)).toBe(true);
    expect(bytes).toBe(expected.length);
  });

  it('leaves the file it would replace untouched, and no temp file, when making the pieces fails half-way', () => {
    const path = join(dir, 'kept.tmx');
    writeFileSync(path, 'the user’s file\n');
    function* failing(): Generator<string> {
      yield* tmxChunks(segmentsOf(seed, false).slice(0, 20), meta, 1);
      throw new InputError('the pieces stopped coming');
    }
    expect(() => writeChunksAtomic(path, failing())).toThrow('the pieces stopped coming');
    expect(readFileSync(path, 'utf8')).toBe('the user’s file\n');
    expect(readdirSync(dir).filter((name) => name.includes('kept'))).toEqual(['kept.tmx']);
  });
});
