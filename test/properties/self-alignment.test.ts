// A document aligned with itself: every block and every sentence pairs 1-1 with itself, and diff
// finds nothing that compares the two sides. The one finding allowed is the English saying a clause
// twice inside one sentence, which is about that sentence alone (the seed has one, at line 410).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Alignment, type Discrepancy, type Document, InputError, type Lang } from '../../src/model.js';
import { annotatedSeed } from '../helpers/pipeline.js';
import { seedLines } from '../helpers/seeds.js';
import { documentOf, markdownDocument, pipeline, seedCut } from './generators.js';

function expectSelfAligned(document: Document): { alignment: Alignment; findings: Discrepancy[] } {
  const { alignment, result } = pipeline(document, document);
  for (const pair of alignment.pairs) {
    expect({ type: pair.type, ja: pair.ja.map((b) => b.id) }).toEqual({ type: '1-1', ja: pair.en.map((b) => b.id) });
    for (const sentences of pair.sentences) {
      expect({ type: sentences.type, ja: sentences.ja.map((s) => s.lines) }).toEqual({ type: '1-1', ja: sentences.en.map((s) => s.lines) });
    }
  }
  expect(alignment.pairs.length).toBe(document.blocks.length);
  const comparing = result.discrepancies.filter((finding) => !saysClauseTwice(finding));
  expect(comparing.map((f) => `${f.kind} at ${f.en?.lines ?? f.ja?.lines}: ${f.message}`)).toEqual([]);
  return { alignment, findings: result.discrepancies };
}

/** A duplication inside one English sentence: the phrase really is there twice. */
function saysClauseTwice(finding: Discrepancy): boolean {
  if (finding.kind !== 'duplication' || !finding.found || !finding.en?.context) return false;
  return finding.en.context.split(finding.found).length - 1 >= 2;
}

describe.each(['ja', 'en'] as const)('%s document aligned with itself', (lang: Lang) => {
  it('the whole seed', () => {
    // the seed document as the other files of this worker have it, read and annotated once
    const seed = annotatedSeed(lang);
    expect(seed.lang).toBe(lang);
    const { findings } = expectSelfAligned(seed);
    if (lang === 'en') expect(findings.map((f) => f.en?.lines[0])).toEqual([410]);
  });

  it('random cuts of the seed', () => {
    fc.assert(
      fc.property(seedCut(lang, 100), (lines) => {
        fc.pre(lines.some((line) => line.trim() !== ''));
        expectSelfAligned(documentOf(lines.join('\n'), lang));
      }),
      { numRuns: 80, seed: lang === 'ja' ? 21 : 22 },
    );
  });

  it('random markdown around real seed lines', () => {
    fc.assert(
      fc.property(markdownDocument(lang), (text) => {
        let document: Document;
        try {
          document = documentOf(text, lang);
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          return fc.pre(false); // white space only or control characters: read refuses it (never-crash covers that)
        }
        expectSelfAligned(document);
      }),
      { numRuns: 120, seed: lang === 'ja' ? 23 : 24 },
    );
  });
});

// What the property found in diff (fixed in src/diff/detect/duplication.ts): two nearly identical
// sentences whose sources are nearly identical too were reported as "the English repeats the
// sentence": a faithful translation of a text that repeats itself. Seed EN line 380, twice, once as
// an over-long "#" line (a paragraph that keeps its "- "); a heading and the same words in a code block.
it('nearly identical sentences with nearly identical sources are no duplication', () => {
  const line = seedLines('en')[379]!;
  expect(line).toMatch(/^- The Fukushima Institute/);
  expectSelfAligned(documentOf(`${line}\n# ${line}\n`, 'en'));
  const heading = seedLines('en').find((l) => l.includes('(Realization of World-Class Research Universities'))!;
  expectSelfAligned(documentOf(`    ${heading.replace(/^#+\s*/, '')}\n\`\`\`\nń${heading.replace(/^#+\s*/, '')}\n\`\`\`\n> \n`, 'en'));
});
