// How `npm run eval` scores an alignment against a dev-corpus gold.json. The texts are an excerpt of
// damaged/BDS00543 of the development corpus (NICT, Japanese-English Bilingual Corpus of Wikipedia's
// Kyoto Articles, CC BY-SA 3.0): two Japanese paragraphs and their English, the second broken by a
// page break (a blank line in mid-sentence). Lines renumbered from 1.
import { describe, expect, test } from 'vitest';
// @ts-expect-error: the evaluation scripts are plain JavaScript
import { scorePair } from '../../eval/gold-score.js';

const jaText = ['善人「善人」を、自らを「善人」であると思う者と定義する。', '', '「善人」は、善行を完遂できない身である事に気付くことのできていない「悪人」であるとする。'].join('\n');
const enText = [
  "Good people Good people' are defined as those who think of themselves as 'good.'",
  '',
  "Good people' are interpreted as 'evil people' who aren't ready to recognize that",
  '',
  "they can't complete any good deeds.",
].join('\n');
const gold = {
  blocks: [
    { kind: 'paragraph', ja: [1, 1], en: [1, 1] },
    { kind: 'paragraph', ja: [3, 3], en: [3, 5], damage: 'page-break' },
  ],
  sentences: [
    { ja: '善人', en: 'Good people', jaLines: [1, 1], enLines: [1, 1] },
    { ja: '「善人」を、自らを「善人」であると思う者と定義する。', en: "Good people' are defined as those who think of themselves as 'good.'", jaLines: [1, 1], enLines: [1, 1] },
    {
      ja: '「善人」は、善行を完遂できない身である事に気付くことのできていない「悪人」であるとする。',
      en: "Good people' are interpreted as 'evil people' who aren't ready to recognize that they can't complete any good deeds.",
      jaLines: [3, 3],
      enLines: [3, 5],
    },
  ],
};
const pair = { jaText, enText, gold };

type Lines = [number, number];
const block = (lines: Lines) => ({ lines });
const sentence = (normalized: string, lines: Lines) => ({ normalized, lines });
const alignmentOf = (pairs: Array<{ ja: Lines[]; en: Lines[]; sentences?: unknown[] }>) => ({
  pairs: pairs.map((p) => ({ score: 0.9, type: `${p.ja.length}-${p.en.length}`, ja: p.ja.map(block), en: p.en.map(block), sentences: p.sentences ?? [] })),
});

describe('alignment scored against a dev-corpus gold (strict beads)', () => {
  test('a paragraph split by a page break, linked as a 1-2, is its one gold unit: all right', () => {
    const r = scorePair(pair, alignmentOf([{ ja: [[1, 1]], en: [[1, 1]] }, { ja: [[3, 3]], en: [[3, 3], [5, 5]] }]));
    expect(r.blocks).toMatchObject({ hits: 2, predicted: 2, gold: 2 });
  });

  test('the broken-off half left unpaired is a wrong 0-1 pair, though the 1-1 beside it is right', () => {
    const r = scorePair(pair, alignmentOf([{ ja: [[1, 1]], en: [[1, 1]] }, { ja: [[3, 3]], en: [[3, 3]] }, { ja: [], en: [[5, 5]] }]));
    expect(r.blocks).toMatchObject({ hits: 2, predicted: 3, gold: 2 });
    expect(r.blocks.pairs.map((p: { right: boolean }) => p.right)).toEqual([true, true, false]);
  });

  test('a block that swallowed its neighbour is no gold bead, while its cross-product links are half right', () => {
    const r = scorePair(pair, alignmentOf([{ ja: [[1, 3]], en: [[1, 5]] }]));
    expect(r.blocks).toMatchObject({ hits: 0, predicted: 1, gold: 2 });
    expect(r.blocks.links).toMatchObject({ hits: 2, predicted: 4, gold: 2 });
  });

  test('sentences are found by their letters across the page break; two gold sentences read as one are not a bead', () => {
    const sentences = [
      { score: 0.9, type: '1-1', ja: [sentence(gold.sentences[0]!.ja + gold.sentences[1]!.ja, [1, 1])], en: [sentence(enText.split('\n')[0]!, [1, 1])] },
      { score: 0.9, type: '1-1', ja: [sentence(gold.sentences[2]!.ja, [3, 3])], en: [sentence(gold.sentences[2]!.en, [3, 5])] },
    ];
    const r = scorePair(pair, alignmentOf([{ ja: [[1, 3]], en: [[1, 5]], sentences }]));
    expect(r.sentences).toMatchObject({ hits: 1, predicted: 2, gold: 3, unlocatedGold: 0 });
    expect(r.sentences.pairs.map((p: { right: boolean }) => p.right)).toEqual([false, true]);
  });
});
