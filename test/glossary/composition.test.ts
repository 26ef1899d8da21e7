import { describe, expect, test } from 'vitest';
import { compositionEvidence } from '../../src/glossary/composition.js';
import { tokenize } from '../../src/anchors/tokenizer.js';
import type { AlignedText } from '../../src/glossary/sentence-pairs.js';

// Sentences from the seed pair (Integrated Innovation Strategy 2025: ja 215 / en 215, ja 280 / en 278).
async function evidenceOf(ja: string, en: string) {
  const text = { index: 0, ja, en, jaLines: { start: 1, end: 1 }, enLines: { start: 1, end: 1 } } as unknown as AlignedText;
  return compositionEvidence([text], [await tokenize(ja)]).map((e) => `${e.ja} = ${e.en}`);
}

describe('dictionary composition', () => {
  test('a compound whose words gloss the English phrase pairs with it, in either word order', async () => {
    const space = await evidenceOf('特に、宇宙戦略基金については、全ての技術開発テーマに係る採択事業者を決定した。', 'In particular, with regard to the Space Strategy Fund, we have decided on the selected projects.');
    expect(space).toContain('宇宙戦略基金 = Space Strategy Fund');
    const universities = await evidenceOf('10兆円規模の大学ファンドの運用益により国際卓越研究大学への支援を行う。', 'We will also support Universities for International Research Excellence.');
    expect(universities).toContain('国際卓越研究大学 = Universities for International Research Excellence');
  });

  test('a pair inside a longer composed pair of the same sentence is left to it', async () => {
    const found = await evidenceOf('特に、宇宙戦略基金については、全ての技術開発テーマに係る採択事業者を決定した。', 'In particular, with regard to the Space Strategy Fund, we have decided on the selected projects.');
    expect(found.some((pair) => pair.startsWith('宇宙戦略 ='))).toBe(false);
  });
});
