import { describe, expect, test } from 'vitest';
import { compositionEvidence } from '../../src/glossary/composition.js';
import { tokenize } from '../../src/anchors/tokenizer.js';
import type { AlignedText } from '../../src/glossary/sentence-pairs.js';

// Sentences from the seed pair (Integrated Innovation Strategy 2025: ja 215 / en 215, ja 280 / en 278).
async function evidenceOf(ja: string, en: string) {
  const text = { index: 0, ja, en, jaLines: { start: 1, end: 1 }, enLines: { start: 1, end: 1 } } as unknown as AlignedText;
  return compositionEvidence([text], [await tokenize(ja)]).map((e) => `${e.ja} = ${e.en}`);
}

/** The confidence of one composed pair ("ja = en") in a sentence pair, undefined when it is not found. */
async function confidenceOf(ja: string, en: string, pair: string) {
  const text = { index: 0, ja, en, jaLines: { start: 1, end: 1 }, enLines: { start: 1, end: 1 } } as unknown as AlignedText;
  return compositionEvidence([text], [await tokenize(ja)]).find((e) => `${e.ja} = ${e.en}` === pair)?.confidence;
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

  test('a phrase cut from a longer English name ranks low, a piece of a hyphenated word not at all', async () => {
    // seed ja 200 / en 200; ja 310 / en 310; ja 98 / en 98
    const plan = await confidenceOf(
      '「GX2040ビジョン」と一体的に改定された「エネルギー基本計画(令和7年2月18日閣議決定)」等を踏まえ、省エネルギーを進める。',
      'Based on the Strategic Energy Plan (Cabinet decision of February 18, 2025) which was revised in unison with the GX2040 Vision, etc., we will promote improvement of energy efficiency performance.',
      'エネルギー基本計画 = Energy Plan',
    );
    const fund = await confidenceOf(
      '大学発新産業創出基金を活用した本格的な事業化人材育成支援を推進する。',
      'We will promote support for the development of human resources for full-fledged commercialization by utilizing the Fund for New Industry Creation by Universities.',
      '新産業創出基金 = Fund for New Industry Creation',
    );
    const space = await confidenceOf('特に、宇宙戦略基金については、全ての技術開発テーマに係る採択事業者を決定した。', 'In particular, with regard to the Space Strategy Fund, we have decided on the selected projects.', '宇宙戦略基金 = Space Strategy Fund');
    expect(space).toBeDefined();
    for (const piece of [plan, fund]) {
      expect(piece).toBeDefined();
      expect(piece!).toBeLessThan(space!);
    }
    const collaboration = await evidenceOf('原型炉実現に向けた基盤整備を加速するため、産学官連携の下で研究力を強化する。', 'In order to accelerate the development of infrastructure, we will strengthen research capabilities through industry-academia-government collaboration.');
    expect(collaboration).not.toContain('産学官連携 = academia-government collaboration');
  });

  test('in a Title Case heading a capitalised neighbour does not make a phrase a piece of a name', async () => {
    // seed ja 163 / en 163 (a heading)
    const heading = await confidenceOf('宇宙活動を支える総合的基盤の強化', 'Strengthening the Comprehensive Foundation for Supporting Space Activities', '総合的基盤 = Comprehensive Foundation');
    const space = await confidenceOf('特に、宇宙戦略基金については、全ての技術開発テーマに係る採択事業者を決定した。', 'In particular, with regard to the Space Strategy Fund, we have decided on the selected projects.', '宇宙戦略基金 = Space Strategy Fund');
    expect(heading).toBeDefined();
    expect(heading).toBe(space);
  });

  test('a programme named with 制度 composes with "Program" (supplement: 研究開発制度)', async () => {
    // seed ja 223 / en 223
    const found = await evidenceOf('SIP、BRIDGE、ムーンショット型研究開発制度等を通じた研究開発・社会実装の推進', 'Promotion of R&D and Social Implementation through SIP, BRIDGE, Moonshot Research and Development Program, etc.');
    expect(found).toContain('ムーンショット型研究開発制度 = Moonshot Research and Development Program');
  });
});
