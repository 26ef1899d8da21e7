import { describe, expect, test } from 'vitest';
import { bestLoanwordMatch, katakanaEvidence, katakanaTerms } from '../../src/glossary/katakana.js';
import { loanwordSimilarity } from '../../src/text/loanword.js';
import { englishSkeleton, katakanaSkeleton } from '../../src/text/loanword.js';
import { alignedTexts } from '../../src/glossary/sentence-pairs.js';
import { normalizeJapanese } from '../../src/glossary/text.js';
import { buildAlignment, KATAKANA_PAIRS } from './seed-pairs.js';

describe('consonant skeletons', () => {
  test.each([
    ['イノベーション', 'innovation'],
    ['エコシステム', 'ecosystem'],
    ['セーフティ', 'safety'],
    ['インスティテュート', 'institute'],
    ['フュージョン', 'fusion'],
    ['ガバナンス', 'governance'],
    ['センサ', 'sensor'],
    ['ネットワーク', 'network'],
  ])('%s and %s share a skeleton', (katakana, english) => {
    expect(katakanaSkeleton(katakana)).toBe(englishSkeleton(english));
    expect(loanwordSimilarity(katakana, english)).toBeGreaterThanOrEqual(0.9);
  });

  test.each([
    ['コスト', 'QST'],
    ['マテリアル', 'under'],
    ['エコシステム', 'system'],
  ])('%s is not %s', (katakana, english) => {
    expect(loanwordSimilarity(katakana, english)).toBeLessThan(0.9);
  });

  test('the vowels decide between words of one skeleton: センサ is nearer "sensors" than "science"', () => {
    expect(loanwordSimilarity('センサ', 'sensors')).toBeGreaterThan(loanwordSimilarity('センサ', 'science'));
  });
});

describe('katakana loanwords in aligned sentences', () => {
  test('katakana words of ja 135, a ・-joined name kept whole and in parts', () => {
    expect(katakanaTerms(normalizeJapanese(KATAKANA_PAIRS[0]!.ja.text))).toEqual(['グローバルサプライチェーン', 'バイオ', 'マテリアル', 'ユースケース', 'スタートアップ']);
    expect(katakanaTerms('AIセーフティ・インスティテュート')).toEqual(['セーフティ・インスティテュート', 'セーフティ', 'インスティテュート']);
  });

  test('each loanword finds its English words in en 123', () => {
    const english = KATAKANA_PAIRS[0]!.en.text;
    expect(bestLoanwordMatch('グローバルサプライチェーン', english)?.en).toBe('global supply chains');
    expect(bestLoanwordMatch('ユースケース', english)?.en).toBe('use cases');
    expect(bestLoanwordMatch('スタートアップ', english)?.en).toBe('startups');
    expect(bestLoanwordMatch('マテリアル', english)?.en).toBe('materials');
  });

  test('a two-word compound without ・ (ja 142 / en 131)', () => {
    const evidence = katakanaEvidence(alignedTexts(buildAlignment([KATAKANA_PAIRS[1]!])));
    expect(evidence.map((e) => [e.ja, e.en])).toEqual(expect.arrayContaining([['フュージョンエネルギー', 'Fusion energy'], ['クリーンエネルギー', 'clean energy']]));
    expect(evidence.every((e) => e.source === 'katakana' && e.confidence > 0 && e.confidence <= 1)).toBe(true);
  });
});
