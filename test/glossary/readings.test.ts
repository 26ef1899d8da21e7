// Readings the Japanese gives in parentheses, on excerpts of the development corpus ("NICT,
// Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles", CC BY-SA 3.0; the article id is
// given with each): the English that spells the reading pairs with the term.
import { describe, expect, test } from 'vitest';
import { readingEvidence } from '../../src/glossary/readings.js';
import { alignedTexts } from '../../src/glossary/sentence-pairs.js';
import { buildAlignment, type SeedPair } from './seed-pairs.js';

const excerpt = (ja: string, en: string): SeedPair => ({ ja: { lines: [1, 1], text: ja }, en: { lines: [1, 1], text: en } });
const pairsOf = (pairs: SeedPair[]) => readingEvidence(alignedTexts(buildAlignment(pairs))).map((e) => `${e.ja} = ${e.en}`);

describe('readings in parentheses', () => {
  test('a name whose English is its reading, hyphened or in two words (SAT00158)', () => {
    expect(
      pairsOf([
        excerpt(
          '龍源院（りょうげんいん）は京都府京都市北区 (京都市)紫野にある、臨済宗大本山大徳寺の塔頭（たっちゅう）である。',
          'Ryogen-in Temple is a sub-temple within the precinct of Rinzai sect Daihonzan (Head Temple) Daitoku-ji Temple located in Murasakino, Kita Ward, Kyoto City, Kyoto Prefecture.',
        ),
        excerpt(
          '文亀2年(1502年)に東渓宗牧（とうけいそうぼく）を開山として、能登国の畠山義元・豊後国の大友義長らが創建。',
          'Ryogen-in Temple was founded in 1502 by Yoshimoto HATAKEYAMA of Noto Province and Yoshinaga OTOMO of Bungo Province who named Tokei Soboku as founding priest.',
        ),
      ]),
      // 塔頭（たっちゅう） is translated ("sub-temple"), not spelled: no pair
    ).toEqual(['龍源院 = Ryogen-in', '東渓宗牧 = Tokei Soboku']);
  });

  test('a kanji run longer than its reading holds words before the name: no pair (SAT00374)', () => {
    // a heading glued to the paragraph: 沿革 (History) + 智（とも）
    expect(
      pairsOf([excerpt('沿革智（とも）は子供のない弟・秀吉に長男の豊臣秀次を養子として出していた。', 'History Tomo gave her eldest son, Hidetsugu TOYOTOMI to her younger brother Hideyoshi, who was childless.')]),
    ).toEqual([]);
  });
});
