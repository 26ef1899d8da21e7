import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { isContentChar, isContentCharAt, segmentJapanese } from '../../src/lexicon/segment.js';
import { SUPPLEMENT } from '../../src/lexicon/supplement.js';

function words(text: string): string[] {
  return segmentJapanese(text).map((t) => text.slice(t.start, t.end));
}

describe('segmentJapanese', () => {
  // seed ja line 53 (integrated innovation strategy 2025)
  const seed = '世界の安全保障環境が厳しさを増す中で、重要技術を巡る主導権争いは激しさを増しており、我が国の国際競争力を強化していくことが重要になっている。';

  it('covers the text without gaps or overlaps', () => {
    const tokens = segmentJapanese(seed);
    expect(tokens[0]!.start).toBe(0);
    expect(tokens.at(-1)!.end).toBe(seed.length);
    for (let k = 1; k < tokens.length; k++) expect(tokens[k]!.start).toBe(tokens[k - 1]!.end);
  });

  it('finds dictionary and supplement words, longest first', () => {
    const w = words(seed);
    expect(w).toEqual(expect.arrayContaining(['安全保障', '重要技術', '我が国', '国際競争力', '強化']));
    const token = segmentJapanese(seed).find((t) => seed.slice(t.start, t.end) === '国際競争力')!;
    expect(SUPPLEMENT[token.supplement]!.id).toBe('competitiveness');
  });

  it('reads inflected verbs and adjectives as their dictionary forms', () => {
    const text = '基礎研究の成果が迅速に社会実装されるようになっており、研究を進めた。';
    const lemmas = segmentJapanese(text).map((t) => t.lemma);
    expect(lemmas).toEqual(expect.arrayContaining(['基礎研究', '成果', '迅速', '社会実装', '進める']));
    expect(segmentJapanese('厳しかった').map((t) => t.lemma)).toContain('厳しい');
  });

  it('keeps katakana, Latin and digit runs whole, and a supplement name across ・', () => {
    const text = 'AIエコシステムとSociety5.0を総合科学技術・イノベーション会議が示す';
    const w = words(text);
    expect(w).toEqual(expect.arrayContaining(['AI', 'エコシステム', 'Society', '5', '0', '総合科学技術・イノベーション会議']));
  });

  it('splits an unknown kanji compound into known words, not characters', () => {
    // NICT Kyoto Wikipedia corpus (BDS00155), CC BY-SA 3.0
    expect(words('摂津国(大阪府)の三宝寺を中心として布教活動を始めた。')).toEqual(
      expect.arrayContaining(['大阪府', '中心', 'として', '布教', '活動']),
    );
  });
});

describe('isContentCharAt', () => {
  it('reads every character of the seed pair as isContentChar reads it', () => {
    const text = ['ja.txt', 'en.md'].map((side) => readFileSync(`seeds/integrated-innovation-strategy-2025.${side}`, 'utf8').normalize('NFKC')).join('');
    let content = 0;
    for (let i = 0; i < text.length; i++) {
      const expected = isContentChar(text[i]!);
      if (isContentCharAt(text, i) !== expected) expect({ at: i, char: text[i], content: isContentCharAt(text, i) }).toEqual({ at: i, char: text[i], content: expected });
      if (expected) content++;
    }
    // both answers, many times each
    expect(content).toBeGreaterThan(10_000);
    expect(text.length - content).toBeGreaterThan(10_000);
  });
});
