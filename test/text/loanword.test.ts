import { describe, expect, it } from 'vitest';
import { katakanaSkeletons, englishSkeletons } from '../../src/align/lexicon.js';
import { englishSkeleton, katakanaSkeleton, loanwordSimilarity } from '../../src/text/loanword.js';

// Loanwords of the seeds (Integrated Innovation Strategy 2025): both sides reduce to one key.
const pairs: Array<[string, string, string]> = [
  ['イノベーション', 'innovation', 'NBSN'], // "tion": one reading everywhere
  ['ファンデーション', 'foundation', 'HNTSN'],
  ['ロケット', 'rocket', 'RKT'],
  ['スタートアップ', 'startup', 'STB'],
  ['プラットフォーム', 'platform', 'BRTHN'],
  ['エコシステム', 'ecosystem', 'KSTN'],
  ['ガイドライン', 'guideline', 'KTRN'],
  ['セーフティ', 'safety', 'SHT'],
  ['ネットワーク', 'network', 'NTK'],
];

describe('one loanword skeleton', () => {
  it.each(pairs)('%s and %s → %s', (katakana, english, skeleton) => {
    expect(katakanaSkeleton(katakana)).toBe(skeleton);
    expect(englishSkeleton(english)).toBe(skeleton);
  });

  it.each(pairs)('the aligner keys and the glossary similarity agree on %s / %s', (katakana, english) => {
    expect(katakanaSkeletons(katakana)).toEqual(englishSkeletons(english));
    expect(loanwordSimilarity(katakana, english)).toBeGreaterThanOrEqual(0.9);
  });

  it.each([
    ['rocket', 'market'],
    ['innovation', 'invitation'],
  ])('%s and %s stay apart', (a, b) => {
    expect(englishSkeleton(a)).not.toBe(englishSkeleton(b));
  });
});
