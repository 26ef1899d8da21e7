// Inputs for the property tests: real seed text arranged in random markdown, random Unicode, and
// every line ending the read stage meets. Deterministic: each property fixes its fast-check seed.
import fc from 'fast-check';
import { annotateDocument } from '../../src/anchors/index.js';
import { alignDocuments } from '../../src/align/index.js';
import { runDiff, type DiffResult } from '../../src/diff/index.js';
import type { Alignment, Document, Lang } from '../../src/model.js';
import { parseDocument } from '../../src/parse/index.js';
import { sourceFromBytes } from '../../src/read/index.js';
import { seedLines } from '../helpers/seeds.js';

const nonBlank = (lang: Lang) => seedLines(lang).filter((line) => line.trim() !== '');

/** One real line of a seed. */
export const seedLine = (lang: Lang): fc.Arbitrary<string> => fc.constantFrom(...nonBlank(lang));

/** Characters that break naive text handling: controls, BOMs, odd spaces and separators, a lone surrogate, combining marks. */
export const HOSTILE = ['\u0000', '\u0007', '\t', '\u000b', '\f', '\u001b', '\u00a0', '\u200b', '\u2028', '\u2029', '\u3000', '\ufeff', '\ufffd', '\ud800', '\u0301', '\uff9e', '①', '（', '」'];

/** A line of text: real seed text, sometimes with hostile characters spliced in, sometimes arbitrary Unicode. */
export const textLine = (lang: Lang): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 6, arbitrary: seedLine(lang) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(seedLine(lang), fc.nat(), fc.constantFrom(...HOSTILE))
        .map(([line, at, inserted]) => line.slice(0, at % (line.length + 1)) + inserted + line.slice(at % (line.length + 1))),
    },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
  );

/** One markdown block around real text: every block construct CommonMark has, and the PDF conversions' habits. */
const markdownBlock = (lang: Lang): fc.Arbitrary<string> =>
  fc.oneof(
    textLine(lang),
    fc.array(textLine(lang), { minLength: 2, maxLength: 4 }).map((lines) => lines.join('\n')),
    fc.tuple(fc.integer({ min: 1, max: 6 }), textLine(lang)).map(([depth, line]) => `${'#'.repeat(depth)} ${line}`),
    fc.tuple(fc.constantFrom('- ', '* ', '+ ', '• ', '1. ', '2) ', '(1) ', '① ', '  - ', '    - '), textLine(lang)).map(([marker, line]) => marker + line),
    textLine(lang).map((line) => `> ${line}`),
    textLine(lang).map((line) => `\`\`\`\n${line}\n\`\`\``),
    textLine(lang).map((line) => `~~~js\n${line}`), // a fence never closed
    textLine(lang).map((line) => `    ${line}`),
    textLine(lang).map((line) => `${line}\n===`),
    textLine(lang).map((line) => `${line}\n---`),
    textLine(lang).map((line) => `<div>\n${line}\n</div>`),
    textLine(lang).map((line) => `<!-- ${line}`),
    textLine(lang).map((line) => `[${line.slice(0, 10)}]: /url "${line.slice(10, 30)}"`),
    fc.constantFrom('---', '***', '| a | b |\n|---|---|\n| 1 | 2 |', '\t1', '目次', 'Table of Contents', '別添', '(以上)'),
  );

/** A whole markdown (or text) document of real lines, blocks separated by one or two line breaks. */
export const markdownDocument = (lang: Lang): fc.Arbitrary<string> =>
  fc
    .array(fc.tuple(markdownBlock(lang), fc.constantFrom('\n', '\n\n', '\n\n\n')), { minLength: 1, maxLength: 14 })
    .map((blocks) => blocks.map(([block, separator]) => block + separator).join(''));

/** The same text with its line breaks as CRLF, CR, a mix, or LF, and sometimes a byte order mark. */
export const withLineEndings = (text: fc.Arbitrary<string>): fc.Arbitrary<string> =>
  fc.tuple(text, fc.constantFrom('\n', '\r\n', '\r', 'mixed'), fc.boolean()).map(([value, ending, bom]) => {
    let k = 0;
    const out = ending === 'mixed' ? value.replace(/\n/g, () => ['\n', '\r\n', '\r'][k++ % 3]!) : value.replace(/\n/g, ending);
    return (bom ? '\ufeff' : '') + out;
  });

/** A cut of a real seed: a random range of lines with a few lines dropped. */
export const seedCut = (lang: Lang, maxLines = 120): fc.Arbitrary<string[]> => {
  const all = seedLines(lang);
  return fc
    .tuple(fc.integer({ min: 0, max: all.length - 1 }), fc.integer({ min: 1, max: maxLines }), fc.array(fc.nat(), { maxLength: 8 }))
    .map(([start, length, drops]) => {
      const slice = all.slice(start, start + length);
      const dropped = new Set(drops.map((d) => d % Math.max(1, slice.length)));
      return slice.filter((_, i) => !dropped.has(i));
    });
};

export function documentOf(text: string, lang: Lang, path = `generated.${lang === 'ja' ? 'txt' : 'md'}`): Document {
  return annotateDocument(parseDocument(sourceFromBytes(Buffer.from(text, 'utf8'), path, lang)));
}

export function pipeline(ja: Document, en: Document): { alignment: Alignment; result: DiffResult } {
  const alignment = alignDocuments(ja, en);
  return { alignment, result: runDiff(alignment) };
}
