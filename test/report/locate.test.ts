import { describe, expect, it } from 'vitest';
import { findAll, mapNormalizedSpan, skeletonOf } from '../../src/report/locate.js';

const findFirst = (haystack: ReturnType<typeof skeletonOf>, needle: string) => findAll(haystack, needle)[0] ?? null;
import { documentFromText } from '../../src/index.js';
import { SEED_PATHS, seedLines } from './fixtures.js';

// JA line 305 and EN line 282 of the seeds, as extracted from the PDF
const jaLine305 = seedLines('ja')[304] ?? '';
const enLine282 = seedLines('en')[281] ?? '';
const enMirai = seedLines('en').find((line) => line.includes('*Mirai II*')) ?? '';

describe('locating normalised text in the raw text shown', () => {
  it('finds "3GeV" of the normalised text in the PDF\'s "3 G e V" and maps it back to the raw characters', () => {
    const span = findFirst(skeletonOf(jaLine305), '3GeV');
    expect(span).not.toBeNull();
    expect(jaLine305.slice(span?.start, span?.end)).toBe('3 G e V');
  });

  it('folds full-width and half-width forms (NFKC) on both sides', () => {
    const raw = '（令和４年２月１日総合科学技術・イノベーション会議決定）';
    const span = findFirst(skeletonOf(raw), '(令和4年2月1日');
    expect(raw.slice(span?.start, span?.end)).toBe('（令和４年２月１日');
  });

  it('maps an anchor\'s offsets in the normalised text to the raw text', () => {
    // the sentence as the pipeline reads it: raw text and normalised text
    const sentence = documentFromText(jaLine305, SEED_PATHS.ja, 'ja').blocks.flatMap((block) => block.sentences ?? []).find((s) => s.normalized.includes('NanoTerasu'));
    if (!sentence) throw new Error('no NanoTerasu sentence');
    const anchor = '3GeV高輝度放射光施設NanoTerasu';
    const start = sentence.normalized.indexOf(anchor);
    expect(start).toBeGreaterThan(0);
    // the raw line after its list marker ('- ・'), which the normalised text leaves out
    const raw = jaLine305.slice(jaLine305.indexOf('現行'));
    const block = documentFromText(jaLine305, SEED_PATHS.ja, 'ja').blocks[0]!;
    const at = block.normalized.indexOf(anchor);
    expect(at).toBe(sentence.start + start);
    const span = mapNormalizedSpan(skeletonOf(raw), block.normalized, { start: at, end: at + anchor.length });
    expect(raw.slice(span?.start, span?.end)).toBe('3 G e V高輝度放射光施設 NanoTerasu');
  });

  it('refuses a mapping when the normalised text is not the raw text normalised', () => {
    expect(mapNormalizedSpan(skeletonOf('令和7年2月'), '令和8年2月', { start: 0, end: 4 })).toBeNull();
  });

  it('finds every occurrence, for duplicated sentences', () => {
    const sentence = 'revised on February 8, 2023';
    expect(findAll(skeletonOf(`${enLine282} ${enLine282}`), sentence)).toHaveLength(2);
    expect(findAll(skeletonOf(enLine282), 'February 8, 2024')).toHaveLength(0);
  });

  it('ignores markdown emphasis in the English', () => {
    const span = findFirst(skeletonOf(enMirai), 'Vessel (ARV) Mirai II as');
    expect(enMirai.slice(span?.start, span?.end)).toBe('Vessel (ARV) *Mirai II* as');
    expect(findAll(skeletonOf('## **Table of Contents**'), 'Table of Contents')).toHaveLength(1);
  });

  it('finds nothing for an empty needle', () => {
    expect(findAll(skeletonOf(enLine282), '  ')).toEqual([]);
  });
});
