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

  test('a gloss of several words counts for as many English words, so the name is not cut', async () => {
    // seed ja 277 / en 277; ja 75 / en 75
    const plan = await evidenceOf(
      '第6期基本計画や「第5次男女共同参画基本計画(令和2年12月25日閣議決定)」に基づく取組を進める。',
      'Based on the Sixth STI Basic Plan and the Fifth Basic Plan for Gender Equality (Cabinet decision of December 25, 2020), we will promote initiatives.',
    );
    expect(plan).toContain('男女共同参画基本計画 = Basic Plan for Gender Equality');
    expect(plan).not.toContain('男女共同参画基本計画 = Plan for Gender Equality');
    const code = await evidenceOf('あわせて、国際行動規範の実践を促進し、AIガバナンスにおけるルール形成の議論を主導する。', 'At the same time, we will promote the implementation of the International Code of Conduct and lead discussions on policymaking in AI governance.');
    expect(code).toContain('国際行動規範 = International Code of Conduct');
  });
});
