// Whatever text comes in, extraction returns well-formed anchors and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractAnchors } from '../../src/anchors/index.js';
import { sentenceSpans } from '../../src/anchors/sentences.js';
import type { Anchor } from '../../src/model.js';

// Pieces of the forms the extractors look for, so random strings hit their edges.
const pieces = [
  '令和', '平成', '元', '年', '度', '月', '日', '頃', '末', 'まで', '代', '前半', '第', '期', '号', '兆', '億', '万',
  '円', '約', '程度', '倍', '%', 'つ', '件', '十', '二', '〇', '1', '7', '12', '2030', '99', '１０', ' ', '、', '。',
  '(', ')', '（', '「', '」', '"', '“', 'FY', 'fiscal ', 'by the end of ', 'around ', 'early ', 'the ', '2020s',
  'one ', 'trillion', '-', 'twenty', 'third', 'times', 'No. ', 'Act ', 'Top', 'AI', 'SPring-8', 'e-CSTI', '以下「', 'という。',
  'hereinafter referred to as "', '①', '\u0301', '\uFF9E', 'ｶ', '\uD800', '.', 'etc. ', 'U.S. ', 'The ',
];
const textish = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((parts) => parts.join('')),
);

function wellFormed(text: string, anchors: Anchor[]) {
  for (const [i, a] of anchors.entries()) {
    expect(a.start).toBeGreaterThanOrEqual(0);
    expect(a.end).toBeLessThanOrEqual(text.length);
    expect(a.start).toBeLessThan(a.end);
    expect(text.slice(a.start, a.end)).toBe(a.text);
    if (i > 0) expect(a.start).toBeGreaterThanOrEqual(anchors[i - 1]!.start);
    if (a.type === 'number') expect(a.value).toMatch(/^\d+(?:\.\d+)?$/);
    if (a.type === 'date') expect(a.value).toMatch(/^(?:\d{4}(?:-\d{2}(?:-\d{2})?)?|FY\d{4}|\d{3}0s)$/);
  }
  // numbers, dates and names never overlap one another
  const spans = anchors.filter((a) => a.type !== 'title');
  for (let i = 1; i < spans.length; i++) expect(spans[i]!.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
}

describe('extractAnchors on any text', () => {
  it('never throws and returns well-formed anchors (Japanese)', () => {
    fc.assert(
      fc.property(textish, (text) => {
        wellFormed(text, extractAnchors(text, 'ja'));
      }),
      { numRuns: 1500 },
    );
  });
  it('never throws and returns well-formed anchors (English)', () => {
    fc.assert(
      fc.property(textish, (text) => {
        wellFormed(text, extractAnchors(text, 'en'));
      }),
      { numRuns: 1500 },
    );
  });
  it('is deterministic', () => {
    fc.assert(fc.property(textish, (text) => {
        expect(extractAnchors(text, 'ja')).toEqual(extractAnchors(text, 'ja'));
      }),
    );
  });
});

describe('sentenceSpans on any text', () => {
  it('gives ordered, non-overlapping, trimmed spans covering every non-space character', () => {
    fc.assert(
      fc.property(textish, fc.constantFrom('ja' as const, 'en' as const), (text, lang) => {
        const spans = sentenceSpans(text, lang);
        let covered = 0;
        for (const [i, s] of spans.entries()) {
          expect(s.start).toBeLessThan(s.end);
          if (i > 0) expect(s.start).toBeGreaterThanOrEqual(spans[i - 1]!.end);
          expect(/^\s|\s$/u.test(text.slice(s.start, s.end))).toBe(false);
          covered += text.slice(s.start, s.end).replace(/\s/gu, '').length;
        }
        expect(covered).toBe(text.replace(/\s/gu, '').length);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('definitions that define nothing', () => {
  it('gives no anchor for an empty defined term (found by the property above)', () => {
    expect(extractAnchors('hereinafter referred to as "."', 'en')).toEqual([]);
    expect(extractAnchors('hereinafter referred to as ", "', 'en')).toEqual([]);
  });
});
