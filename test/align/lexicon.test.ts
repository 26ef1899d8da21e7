import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  englishConcepts,
  englishConceptsByExpression,
  englishSkeletons,
  japaneseConcepts,
  katakanaSkeletons,
} from '../../src/align/lexicon.js';
import { englishSkeleton } from '../../src/text/loanword.js';


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
    expect(englishSkeleton('rocket')).not.toBe(englishSkeleton('market'));
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

describe('englishConcepts (one pass over the text) finds what the terms\' expressions find', () => {
  it('on every line of the English seed', () => {
    const lines = readFileSync(new URL('../../seeds/integrated-innovation-strategy-2025.en.md', import.meta.url), 'utf8').split('\n');
    const found = lines.map(englishConcepts);
    expect(found).toEqual(lines.map(englishConceptsByExpression));
    expect(found.flat().length).toBeGreaterThan(1000);
  });

  it('on text made of the forms, separators, case changes and look-alike letters (İ, ſ, the Kelvin sign)', () => {
    const piece = fc.constantFrom(
      ...'abcdeiklmnorstuvRDLSK&-_0 \t\n\u00a0\u3000İſ\u212a'.split(''),
      'research', 'R&D', 'Human', ' resource', 'public and private', 'next-generation', 'Start-Up', 'local  government', 'international\u3000cooperation', 'life-science',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }).map((pieces) => pieces.join('')), (text) => {
        expect(englishConcepts(text)).toEqual(englishConceptsByExpression(text));
      }),
      { numRuns: 3000, seed: 9 },
    );
  });
});
