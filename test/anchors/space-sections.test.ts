// The space-policy sections of the seed pair, JA （宇宙安全保障の確保） to （宇宙活動を支える総合的基盤の強化）
// (lines 188–217) and EN "(Securing Space Security)" to "(Strengthening the Comprehensive Foundation
// for Supporting Space Activities)" (lines 185–218), paired block by block by hand. The numbers and
// dates of each pair must agree, and so must the Latin names, except where the translation really
// differs; each such difference is listed and explained.
import { describe, expect, it } from 'vitest';
import { annotateDocument } from '../../src/anchors/index.js';
import type { Anchor, Block } from '../../src/model.js';
import { blockAt, seedDocument } from '../helpers/seeds.js';

interface HandPair {
  ja: number; // a line of the Japanese block
  en: number; // a line of the English block
  jaOnly?: string[]; // value keys only the Japanese has
  enOnly?: string[]; // value keys only the English has
  why?: string;
}

const pairs: HandPair[] = [
  { ja: 188, en: 185 }, // heading: 宇宙安全保障の確保 / Securing Space Security
  {
    ja: 190,
    en: 187,
    jaOnly: ['date:2023'],
    enOnly: ['date:2023-06'],
    why: '令和5年に新たに策定した (in 2023) is "newly formulated in June 2023": the English adds the month',
  },
  { ja: 191, en: 188 }, // no values
  { ja: 193, en: 193 }, // heading
  { ja: 195, en: 195 }, // 令和6年能登半島地震 / "the 2024 the Noto Peninsula earthquake"
  { ja: 196, en: 196 }, // 令和7年2月 / February 2025
  { ja: 197, en: 197 },
  { ja: 198, en: 199 }, // 第3回, 令和6年3月26日, 令和6年度からの3年間 / 3rd, March 26, 2024, three years from FY2024
  { ja: 200, en: 201 }, // heading
  {
    ja: 202,
    en: 203,
    enOnly: ['number:2::countries'],
    why: '日米両国 (both countries, 両 is no numeral) is "the two countries"',
  },
  { ja: 206, en: 204 }, // 令和12年頃, 令和11年 / around 2030, 2029
  { ja: 207, en: 205 },
  { ja: 209, en: 207 }, // heading
  {
    ja: 211,
    en: 209,
    jaOnly: ['date:2030s:early by', 'number:30:about:cases'],
    why: 'the sentence 2030年代前半までに…打ち上げ能力を年間30件程度確保する has no English counterpart',
  },
  {
    ja: 212,
    en: 213,
    enOnly: ['number:2'],
    why: '「車の両輪」 (both wheels of a cart) is "two wheels of a cart"',
  },
  { ja: 213, en: 214 }, // 令和7年3月25日 / March 25, 2025
  { ja: 215, en: 215 }, // 令和5年度, 第一期, 令和6年度, 第二期, 1兆円 / FY2023, Phase 1, FY2024, Phase 2, one trillion yen
  { ja: 216, en: 216 },
  { ja: 217, en: 218 },
];

const ja = annotateDocument(seedDocument('ja'));
const en = annotateDocument(seedDocument('en'));

function valueKeys(block: Block): string[] {
  const key = (a: Anchor) => [a.type, a.value, a.qualifier ?? '', a.unit ?? ''].join(':').replace(/:+$/u, '');
  return block.anchors.filter((a) => a.type === 'number' || a.type === 'date').map(key).sort();
}

function names(block: Block): string[] {
  return [...new Set(block.anchors.filter((a) => a.type === 'name').map((a) => a.value))].sort();
}

/** a minus b, as multisets. */
function minus(a: string[], b: string[]): string[] {
  const rest = [...b];
  return a.filter((x) => {
    const i = rest.indexOf(x);
    if (i < 0) return true;
    rest.splice(i, 1);
    return false;
  });
}

describe('space sections: anchors of the blocks a reader pairs', () => {
  it('cover every block of both sections exactly once', () => {
    const jaBlocks = ja.blocks.filter((b) => b.lines[0] >= 188 && b.lines[1] <= 217).map((b) => b.id);
    const enBlocks = en.blocks.filter((b) => b.lines[0] >= 185 && b.lines[1] <= 218).map((b) => b.id);
    expect(pairs.map((p) => blockAt(ja, p.ja).id)).toEqual(jaBlocks);
    expect(pairs.map((p) => blockAt(en, p.en).id)).toEqual(enBlocks);
  });

  it.each(pairs)('JA line $ja / EN line $en: numbers and dates agree', ({ ja: jaLine, en: enLine, jaOnly = [], enOnly = [] }) => {
    const jaKeys = valueKeys(blockAt(ja, jaLine));
    const enKeys = valueKeys(blockAt(en, enLine));
    expect(minus(jaKeys, enKeys)).toEqual(jaOnly);
    expect(minus(enKeys, jaKeys)).toEqual(enOnly);
  });

  it.each(pairs)('JA line $ja / EN line $en: Latin names agree', ({ ja: jaLine, en: enLine }) => {
    expect(names(blockAt(ja, jaLine))).toEqual(names(blockAt(en, enLine)));
  });

  it('compares real values, not two empty lists', () => {
    // 29 on the Japanese side when written: 3 in line 190, 4 in 198, 5 in 202–204, 7 in 211, 5 in 215, …
    const total = pairs.reduce((n, p) => n + valueKeys(blockAt(ja, p.ja)).length, 0);
    expect(total).toBeGreaterThanOrEqual(25);
  });
});
