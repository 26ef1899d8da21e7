import { describe, expect, it } from 'vitest';
import { consonantSkeleton, englishConcepts, englishSkeletons, japaneseConcepts, katakanaSkeletons } from '../../src/align/lexicon.js';

describe('loanword skeletons', () => {
  it.each([
    ['ロケット', 'rocket'],
    ['スタートアップ', 'startup'],
    ['プラットフォーム', 'platform'],
    ['エコシステム', 'ecosystem'],
    ['コンステレーション', 'constellation'],
    ['テストベッド', 'testbed'],
    ['ガイドライン', 'guideline'],
  ])('%s sounds like %s', (ja, en) => {
    expect(katakanaSkeletons(ja)).toEqual(englishSkeletons(en));
  });

  it('keeps unrelated words apart', () => {
    expect(consonantSkeleton('rocket')).not.toBe(consonantSkeleton('market'));
  });
});

describe('policy concepts', () => {
  it('finds the same concepts in a seed sentence and its translation (ja.txt 211, en.md 209)', () => {
    const ja = '自立的な宇宙活動の維持のためには、官民による高頻度な打ち上げと、より大きな輸送能力、より安価な打ち上げ価格を実現する宇宙輸送システムが必要である。';
    const en = 'In order to maintain independent space activities, a space transportation system that enables high-frequency launches by the public and private sectors, greater transportation capacity, and lower launch costs are necessary.';
    const shared = japaneseConcepts(ja).filter((c) => englishConcepts(en).includes(c));
    expect(shared).toEqual(expect.arrayContaining(['space', 'rocket', 'government']));
  });
});
