// A paragraph one side lacks, beside a paragraph on the same subject, must stay unpaired: taken into
// its neighbour's link as a 2-1 / 1-2 group it hides the omission behind a confident link. And a
// paragraph the other side really merged with its neighbour must stay grouped. Real text: the seed
// pair with one English paragraph deleted, and two damaged articles of the dev corpus
// (fixtures/dev-corpus/*-damaged/, from NICT, Japanese-English Bilingual Corpus of Wikipedia's
// Kyoto Articles, CC BY-SA 3.0, as kept in ../shared/dev-corpus/damaged/).
import { describe, expect, it } from 'vitest';
import { alignDocuments } from '../../src/align/index.js';
import { residualCoverage } from '../../src/align/links.js';
import type { Alignment, Pair } from '../../src/model.js';
import { documentFromText } from '../../src/pipeline/index.js';
import { annotatedSeed, devCorpusArticle, EN_SEED, seedText } from '../helpers/pipeline.js';

const seedEnLines = seedText(EN_SEED).split('\n');

/** The seed pair with the English lines [first, last] deleted. */
function seedWithout(first: number, last = first): Alignment {
  const english = [...seedEnLines.slice(0, first - 1), ...seedEnLines.slice(last)].join('\n');
  return alignDocuments(annotatedSeed('ja'), documentFromText(english, 'seed.en.md', 'en'));
}


const pairOf = (alignment: Alignment, side: 'ja' | 'en', line: number): Pair =>
  alignment.pairs.find((pair) => pair[side].some((block) => block.lines[0] <= line && line <= block.lines[1]))!;

const shape = (pair: Pair) => ({ type: pair.type, ja: pair.ja.map((b) => b.lines[0]), en: pair.en.map((b) => b.lines[0]) });

describe('a grouped member nothing ties to the other side', () => {
  // Each: the English paragraph deleted (seed lines), the Japanese it translated, and its neighbour
  // in the section, which the search grouped it with once its English was gone.
  const cases = [
    { deleted: 60, ja: 88, neighbour: 89, note: '「重要分野での利用促進…官民におけるAI活用を推進する。」 beside the list of fields' },
    { deleted: 167, ja: 177, neighbour: 176, note: 'research infrastructure (データベース、バイオバンク) after life-course R&D' },
    { deleted: 283, ja: 288, neighbour: 289, note: 'J-PEAKS (25大学) before WPI' },
    { deleted: 435, ja: 427, neighbour: 426, note: 'research data after shared research equipment' },
  ];
  for (const { deleted, ja, neighbour, note } of cases) {
    it(`is left unpaired: seed without EN ${deleted} (${note})`, () => {
      const alignment = seedWithout(deleted);
      expect(shape(pairOf(alignment, 'ja', ja))).toEqual({ type: '1-0', ja: [ja], en: [] });
      const kept = pairOf(alignment, 'ja', neighbour);
      expect({ type: kept.type, ja: kept.ja.map((b) => b.lines[0]) }).toEqual({ type: '1-1', ja: [neighbour] });
    });
  }

  it('is left unpaired on the English side too: TTL00097 (damaged), whose Japanese of "As both Konoe no chujo and Konoe no shosho…" is dropped', () => {
    const alignment = alignDocuments(devCorpusArticle('TTL00097-damaged', 'ja'), devCorpusArticle('TTL00097-damaged', 'en'));
    expect(shape(pairOf(alignment, 'en', 82))).toEqual({ type: '0-1', ja: [], en: [82] });
    expect(shape(pairOf(alignment, 'en', 66))).toEqual({ type: '1-1', ja: [21], en: [66] });
  });

  it('stays grouped where the English merged two paragraphs: BDS00155 (damaged), its two merges and two dropped paragraphs', () => {
    const alignment = alignDocuments(devCorpusArticle('BDS00155-damaged', 'ja'), devCorpusArticle('BDS00155-damaged', 'en'));
    expect(shape(pairOf(alignment, 'ja', 3))).toEqual({ type: '2-1', ja: [3, 5], en: [3] });
    expect(shape(pairOf(alignment, 'ja', 7))).toEqual({ type: '2-1', ja: [7, 9], en: [15] });
    expect(pairOf(alignment, 'ja', 11).type).toBe('1-0');
    expect(pairOf(alignment, 'ja', 17).type).toBe('1-0');
  });
});

describe('residualCoverage', () => {
  // The seed's JA 88 and 89 and the English of 89 (EN 61): 88 shares its topic words with 89
  // (AI, 活用, 促進), so linked together it takes them; linked after 89 it finds little left.
  const seed = annotatedSeed('ja');
  const sentencesAt = (document: Document, line: number) => document.blocks.find((b) => b.lines[0] === line)!.sentences ?? [];
  const english = documentFromText(seedText(EN_SEED), EN_SEED, 'en');

  it("counts only the other side's words the rest of the group leaves free", () => {
    const [member, rest, other] = [sentencesAt(seed, 88), sentencesAt(seed, 89), sentencesAt(english, 61)];
    expect(residualCoverage(member, rest, other, 'ja')).toBeLessThan(0.3);
    // the neighbour, linked after the member, still finds most of its own words
    expect(residualCoverage(rest, member, other, 'ja')).toBeGreaterThan(0.5);
  });
});
