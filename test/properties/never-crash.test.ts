// Whatever text comes in — random Unicode, random markdown around real seed lines, any line endings,
// random bytes — parse, anchors, align and diff finish. The only error allowed is InputError, the
// one the CLI reports as bad input (a binary file, a file with nothing but white space).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InputError, type Lang } from '../../src/model.js';
import { sourceFromBytes } from '../../src/read/index.js';
import { parseDocument } from '../../src/parse/index.js';
import { annotateDocument } from '../../src/anchors/index.js';
import { documentOf, markdownDocument, pipeline, seedCut, withLineEndings } from './generators.js';

/** Runs `work`; an InputError is an accepted outcome, any other error fails the property. */
function onlyInputErrors(work: () => void): void {
  try {
    work();
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
  }
}

function fullPipeline(jaBytes: Uint8Array, enBytes: Uint8Array, forceLang: boolean): void {
  const read = (bytes: Uint8Array, lang: Lang) => sourceFromBytes(bytes, `input.${lang}`, forceLang ? lang : undefined);
  const ja = annotateDocument(parseDocument(read(jaBytes, 'ja')));
  const en = annotateDocument(parseDocument(read(enBytes, 'en')));
  const { alignment, result } = pipeline(ja, en);
  expect(alignment.pairs.length).toBeGreaterThan(0);
  for (const finding of result.discrepancies) expect(finding.message).not.toBe('');
}

const bytesOf = (text: string) => Buffer.from(text, 'utf8');

describe('the pipeline never crashes', () => {
  it('on random markdown around real seed lines, with any line endings, in both languages', () => {
    fc.assert(
      fc.property(withLineEndings(markdownDocument('ja')), withLineEndings(markdownDocument('en')), fc.boolean(), (ja, en, forceLang) => {
        onlyInputErrors(() => fullPipeline(bytesOf(ja), bytesOf(en), forceLang));
      }),
      { numRuns: 250, seed: 20250606 },
    );
  });

  it('on random Unicode (lone surrogates, controls, any code point) on either side of a real seed cut', () => {
    const unicode = fc.oneof(fc.string({ unit: 'binary', maxLength: 400 }), fc.string({ unit: 'grapheme', maxLength: 200 }));
    fc.assert(
      fc.property(unicode, seedCut('ja', 60), fc.boolean(), (random, cut, randomIsEnglish) => {
        const real = bytesOf(cut.join('\n'));
        onlyInputErrors(() => (randomIsEnglish ? fullPipeline(real, bytesOf(random), true) : fullPipeline(bytesOf(random), real, false)));
      }),
      { numRuns: 300, seed: 6 },
    );
  });

  it('on random bytes, which read either decodes or refuses with an InputError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), seedCut('en', 60), (bytes, cut) => {
        onlyInputErrors(() => fullPipeline(bytes, bytesOf(cut.join('\n')), true));
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('on the same markdown read as Japanese and as English', () => {
    fc.assert(
      fc.property(withLineEndings(markdownDocument('en')), (text) => {
        onlyInputErrors(() => {
          const ja = documentOf(text, 'ja');
          const en = documentOf(text, 'en');
          pipeline(ja, en);
        });
      }),
      { numRuns: 150, seed: 8 },
    );
  });
});
