import { describe, expect, it } from 'vitest';
import { collectSegments, type SegmentOptions } from '../../src/export/segments.js';
import { sectionLabel } from '../../src/parse/section-label.js';
import { seedExcerptAlignment } from '../helpers/seed-alignment.js';

const alignment = seedExcerptAlignment();
const base: SegmentOptions = { level: 'sentence', minScore: 0, includeUnpaired: false };
const byId = (options: Partial<SegmentOptions> = {}) =>
  new Map(collectSegments(alignment, { ...base, ...options }).map((segment) => [segment.id, segment]));

describe('collectSegments at sentence level', () => {
  const segments = byId();

  it('gives one segment per sentence pair, in document order, unpaired text left out', () => {
    expect([...segments.keys()]).toEqual([
      'p2.1', 'p4.1', 'p5.1', 'p6.1', 'p6.2', 'p6.3', 'p6.4', 'p7.1', 'p8.1', 'p8.2', 'p8.3', 'p9.1', 'p9.2', 'p10.1',
    ]);
  });

  it('joins the two English sentences of a 1-2 pair with a space', () => {
    const segment = segments.get('p6.2')!;
    expect(segment.type).toBe('1-2');
    expect(segment.ja).toBe('科学技術の急速な進展により、基礎研究の成果が迅速に社会実装されるようになっており、例えば、低コスト・小規模で高性能なAIモデルが出現するなど、科学技術が世の中に与えるインパクトが拡大している。');
    expect(segment.en).toBe(
      'Rapid progress in science and technology has led to rapid social implementation of the results of basic research. ' +
        'For example, the impact of science and technology on the world is expanding as low-cost, small-scale, high-performance AI models emerge.',
    );
    expect(segment.lines).toEqual({ ja: [53, 53], en: [22, 22] });
  });

  it('spans the page break of the English paragraph (lines 35 and 37) in one segment', () => {
    const segment = segments.get('p8.1')!;
    expect(segment.lines.en).toEqual([35, 37]);
    expect(segment.en).toContain('the proliferation of disinformation and misinformation, increasing sophistication of crimes');
  });

  it('keeps each sentence pair\'s own score and the section of the Japanese side', () => {
    expect(segments.get('p8.3')!.score).toBe(0.92);
    expect(segments.get('p8.3')!.section).toBe('2. (1) ① (AIイノベーション促進とリスク対応の両立)');
    expect(segments.get('p5.1')!.section).toBe('1. 基本的な考え方');
    expect(segments.get('p2.1')!.section).toBeNull();
  });

});

describe('collectSegments at block level', () => {
  const segments = byId({ level: 'block' });

  it('gives one segment per block pair with the whole blocks', () => {
    expect([...segments.keys()]).toEqual(['p2', 'p4', 'p5', 'p6', 'p7', 'p8', 'p9', 'p10']);
    const p6 = segments.get('p6')!;
    expect(p6.ja.startsWith('科学技術・イノベーションは、国力の源泉であり')).toBe(true);
    expect(p6.ja.endsWith('我が国の国際競争力を強化していくことが重要になっている。')).toBe(true);
    expect(p6.en.endsWith("it is important to strengthen Japan's international competitiveness.")).toBe(true);
    expect(p6.score).toBe(0.91);
  });

  it('joins a Japanese paragraph split by a page break without inventing a space', () => {
    const p9 = segments.get('p9')!;
    expect(p9.lines.ja).toEqual([67, 69]);
    expect(p9.ja).toContain('策定等がなされることを視野に入れつつ、AIの研究開発や活用の動向等を踏まえ');
  });
});

describe('filters', () => {
  it('--min-score leaves out the pairs below it and keeps the pairs at it', () => {
    const kept = byId({ minScore: 0.9 });
    expect(kept.has('p7.1')).toBe(false); // 0.42
    expect(kept.has('p6.2')).toBe(false); // 0.82
    expect(kept.has('p6.1')).toBe(true); // exactly 0.9
    expect([...kept.values()].every((segment) => segment.score >= 0.9)).toBe(true);
  });

  it('--include-unpaired adds the English-only banner and the Japanese-only annex line', () => {
    const all = byId({ includeUnpaired: true });
    expect(all.get('p1.1')).toMatchObject({ ja: '', en: '[Tentative translation]', type: '0-1', lines: { ja: null, en: [1, 1] } });
    expect(all.get('p3.1')).toMatchObject({ en: '', type: '1-0', lines: { ja: [20, 20], en: null } });
    expect(all.get('p3.1')!.ja).toContain('別添');
  });

  it('--include-unpaired is not subject to --min-score, paired text is', () => {
    const ids = [...byId({ includeUnpaired: true, minScore: 0.95 }).keys()];
    expect(ids).toEqual(['p1.1', 'p2.1', 'p3.1', 'p4.1']);
  });
});

describe('sectionLabel', () => {
  it('lists the numbers of the ancestors and the innermost title', () => {
    expect(sectionLabel(alignment.ja, 's2.1.1')).toBe('2. (1) ① 重要分野の戦略的な推進');
    expect(sectionLabel(alignment.en, 's2.1.1')).toBe('2. (1) Strategic Promotion of Key Fields');
    expect(sectionLabel(alignment.ja, 'no-such-section')).toBeNull();
  });
});
