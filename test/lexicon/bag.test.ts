import { describe, expect, it } from 'vitest';
import { englishBag, englishCovered, japaneseBag, japaneseCovered, type LexicalBag, mergeBags } from '../../src/lexicon/bag.js';
import { segmentJapanese } from '../../src/lexicon/segment.js';

// Seed pair (integrated innovation strategy 2025): JA lines 53–54 and their English, one sentence each.
const JA = [
  '科学技術・イノベーションは、国力の源泉であり、経済成長を加速させ、社会課題を解決する原動力である。',
  '国内では人手不足の深刻化に伴い、AI・ロボティクスによる自動化・省力化を通じた生産性の向上が求められている。',
  '世界の安全保障環境が厳しさを増す中で、重要技術を巡る主導権争いは激しさを増しており、我が国の国際競争力を強化していくことが重要になっている。',
];
const EN = [
  'Science, technology and innovation are the source of national power and the driving force that accelerates economic growth and solves social issues.',
  'In Japan, as labor shortages become more serious, productivity must be improved through automation and labor saving using AI and robotics.',
  'As the global security environment becomes more severe, the competition for leadership over critical technologies is intensifying, and it is important to strengthen Japan’s international competitiveness.',
];

// The definitions, with a Set per call: what the stamped arrays must reproduce.
function jaReference(ja: LexicalBag, en: LexicalBag): number {
  const stems = new Set(en.stems);
  return ja.translations.filter((ids) => [...ids].some((id) => stems.has(id))).length;
}
function enReference(ja: LexicalBag, en: LexicalBag): number {
  const glossed = new Set(ja.translations.flatMap((ids) => [...ids]));
  return [...en.stems].filter((id) => glossed.has(id)).length;
}

describe('lexical coverage of bags', () => {
  const jaBags = JA.map((text) => japaneseBag(text, segmentJapanese(text)));
  const enBags = EN.map((text) => englishBag(text));
  jaBags.push(mergeBags(jaBags.slice(0, 2)));
  enBags.push(mergeBags(enBags.slice(1)));

  it('finds the translation: each sentence covers its own English best', () => {
    for (let i = 0; i < JA.length; i++) {
      const own = japaneseCovered(jaBags[i]!, enBags[i]!);
      expect(own).toBeGreaterThan(0);
      for (let j = 0; j < EN.length; j++) if (j !== i) expect(japaneseCovered(jaBags[i]!, enBags[j]!)).toBeLessThan(own);
    }
  });

  it('counts as the definitions do, row by row, column by column and alternating', () => {
    const orders: Array<Array<[number, number]>> = [[], [], []];
    for (let i = 0; i < jaBags.length; i++) for (let j = 0; j < enBags.length; j++) orders[0]!.push([i, j]);
    for (let j = 0; j < enBags.length; j++) for (let i = 0; i < jaBags.length; i++) orders[1]!.push([i, j]);
    for (let k = 0; k < 40; k++) orders[2]!.push([(k * 7) % jaBags.length, (k * 3) % enBags.length]);
    for (const order of orders) {
      for (const [i, j] of order) {
        const ja = jaBags[i]!;
        const en = enBags[j]!;
        expect([i, j, japaneseCovered(ja, en)]).toEqual([i, j, jaReference(ja, en)]);
        expect([i, j, englishCovered(ja, en)]).toEqual([i, j, enReference(ja, en)]);
      }
    }
  });
});
