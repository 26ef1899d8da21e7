// The numbering scheme on heading lines of the seeds (folded as the parsers fold them), and lines
// that look like headings but are not.
import { describe, expect, it } from 'vitest';
import { circled, classifyHeading, endsSentence, splitMarker } from '../../src/parse/numbering.js';
import { foldText } from '../../src/parse/pdf-repair.js';
import { stripHeadingMarkup } from '../../src/parse/units.js';
import { seedLines } from '../helpers/seeds.js';

const ja = seedLines('ja');
const en = seedLines('en');
const classify = (line: string, bareDigitItems = false) => classifyHeading(foldText(stripHeadingMarkup(line)), { bareDigitItems });

describe('classifyHeading on seed lines', () => {
  it.each([
    ['ja', 50, 'chapter', 1, '1.'],
    ['ja', 58, 'chapter', 2, '2.'],
    ['ja', 60, 'section', 1, '(1)'],
    ['ja', 276, 'section', 2, '(2)'],
    ['ja', 338, 'section', 3, '(3)'],
    ['ja', 62, 'item', 1, '①'],
    ['ja', 466, 'item', 3, '③'],
    ['ja', 64, 'topic', null, null],
    ['ja', 96, 'topic', null, null],
    ['ja', 330, 'topic', null, null],
    ['en', 19, 'chapter', 1, '1.'],
    ['en', 442, 'section', 3, '(3)'],
    ['en', 349, 'item', 2, '②'],
    ['en', 243, 'topic', null, null],
  ] as const)('%s line %i is a %s numbered %s', (lang, line, kind, value, printed) => {
    const text = (lang === 'ja' ? ja : en)[line - 1]!;
    expect(classify(text)).toMatchObject({ kind, value, printed });
  });

  it('reads a bare digit as an item only in an English heading', () => {
    expect(classify(en[338]!, true)).toMatchObject({ kind: 'item', value: 1, printed: '1', title: 'Thorough Support for R&D Startups' });
    expect(classify(en[338]!, false)).toBeNull();
    expect(classify('1 trillion yen worth of support', false)).toBeNull();
  });

  it('finds the second heading on JA line 278 but not a short parenthesis ending a title', () => {
    const two = classify(ja[277]!)!;
    expect(two).toMatchObject({ kind: 'item', value: 1, topic: '大学ファンドを通じた世界最高水準の研究大学の実現' });
    expect(two.title.endsWith('研究基盤の強化')).toBe(true);
    expect(classify('## ② Promotion of Evidence System (e-CSTI)')!.topic).toBeUndefined();
  });

  it('does not take prose, page-break continuations or the closing mark for headings', () => {
    expect(classify(ja[68]!)).toBeNull(); // "研究開発や活用の動向等を踏まえ…"
    expect(classify(en[36]!)).toBeNull(); // "misinformation, increasing…"
    expect(classify(ja[481]!)).toBeNull(); // "(以上)"
    expect(classify('2025. The year')).toBeNull();
    expect(classify('1.5 times')).toBeNull();
  });

  it('writes item numbers as circled numbers', () => {
    expect([1, 2, 3, 20, 21, 50].map(circled)).toEqual(['①', '②', '③', '⑳', '㉑', '㊿']);
  });
});

describe('endsSentence', () => {
  it.each([
    ['…重要な戦略となるものである。', true],
    ['…(以下「AI法」という。)', true],
    ['…and "using" in', false],
    ['…視野に入れつつ、A I の', false],
    ['(Promoting Smart Cities, Super Cities, etc.)', true],
    ['…indispensable for AI development,', false],
  ])('%s → %s', (text, expected) => {
    expect(endsSentence(text)).toBe(expected);
  });
});

describe('splitMarker', () => {
  it('separates bullets, markdown dashes and plain lines', () => {
    expect(splitMarker(ja[51]!)).toMatchObject({ marker: 'bullet' });
    expect(splitMarker(ja[51]!).content.startsWith('統合イノベーション戦略 2025')).toBe(true);
    expect(splitMarker(en[126]!)).toMatchObject({ marker: 'bullet' }); // "• In addition…"
    expect(splitMarker(en[52]!)).toMatchObject({ marker: 'dash', content: expect.stringMatching(/^and we will promote/) });
    expect(splitMarker(en[64]!)).toMatchObject({ marker: null, content: expect.stringMatching(/^AI for the Sake/) });
  });
});
