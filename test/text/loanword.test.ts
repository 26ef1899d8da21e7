import { readFileSync } from 'node:fs';
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

describe('loanwordSimilarity with a floor', () => {
  it('gives what it gives without one wherever that reaches the floor, on the seeds\' katakana words and English words', () => {
    const read = (side: string) => readFileSync(`seeds/integrated-innovation-strategy-2025.${side}`, 'utf8').normalize('NFKC');
    const katakana = [...new Set(read('ja.txt').match(/[\u30a1-\u30fa\u30fc]{2,}/g) ?? [])];
    const english = [...new Set(read('en.md').match(/[A-Za-z]{3,}/g) ?? [])].slice(0, 400);
    const floor = 0.74;
    let reaching = 0;
    let below = 0;
    for (const k of katakana) {
      for (const e of english) {
        const whole = loanwordSimilarity(k, e);
        const floored = loanwordSimilarity(k, e, floor);
        if (whole >= floor) {
          reaching++;
          if (floored !== whole) expect({ k, e, floored }).toEqual({ k, e, floored: whole });
        } else {
          below++;
          if (floored >= floor) expect({ k, e, floored }).toEqual({ k, e, floored: `< ${floor}` });
        }
      }
    }
    expect(reaching).toBeGreaterThan(20);
    expect(below).toBeGreaterThan(10_000);
  });
});
