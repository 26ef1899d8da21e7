import { describe, expect, test } from 'vitest';
import { tokenize } from '../../src/anchors/tokenizer.js';
import { glossaryCandidates } from '../../src/glossary/candidates.js';
import type { AlignedText } from '../../src/glossary/sentence-pairs.js';

// Seed pair ja 94 / en 94 and ja 200 / en 200 (Integrated Innovation Strategy 2025).
const PAIRS: Array<[string, string]> = [
  [
    '我が国の技術・人材の海外流出を防ぎ、エネルギーを含めた安全保障政策に資するため、「フュージョンエネルギー・イノベーション戦略(令和7年6月4日統合イノベーション戦略推進会議決定)」に基づき取組を推進する。',
    'We will promote efforts based on the "Fusion Energy Innovation Strategy (Integrated Innovation Strategy Promotion Council decision of June 4, 2025)" to prevent the leakage of Japanese technologies and human resources overseas and to contribute to security policies, including those related to energy.',
  ],
  [
    '「GX2040ビジョン」と一体的に改定された「エネルギー基本計画(令和7年2月18日閣議決定)」等を踏まえ、省エネルギーを進める。',
    'Based on the Strategic Energy Plan (Cabinet decision of February 18, 2025) which was revised in unison with the GX2040 Vision, etc., we will promote improvement of energy efficiency performance.',
  ],
];

describe('pieces of longer candidates', () => {
  test('a pair found only inside a longer pair of the same sentences is left to it; the longer stays', async () => {
    const texts = PAIRS.map(([ja, en], index) => ({ index, ja, en, jaLines: { start: index + 1, end: index + 1 }, enLines: { start: index + 1, end: index + 1 } }) as unknown as AlignedText);
    const tokens = await Promise.all(texts.map((text) => tokenize(text.ja)));
    const pairs = glossaryCandidates(texts, tokens).map((c) => `${c.ja} = ${c.en}`);
    expect(pairs).toContain('フュージョンエネルギー・イノベーション戦略 = Fusion Energy Innovation Strategy');
    expect(pairs).not.toContain('フュージョンエネルギー・イノベーション = Fusion Energy Innovation');
  });
});
