import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
// @ts-expect-error: the evaluation scripts are plain JavaScript
import { parseJudged, precisionAt } from '../../eval/glossary-judged.js';

const tsv = readFileSync(new URL('../../fixtures/glossary-judged.tsv', import.meta.url), 'utf8');

describe('the hand-judged glossary of the seeds', () => {
  test('every row has a Japanese term, an English term and a yes/no verdict; no pair twice', () => {
    const rows = tsv.split('\n').filter((line) => line && !line.startsWith('#')).slice(1).map((line) => line.split('\t'));
    expect(rows.length).toBeGreaterThanOrEqual(100);
    for (const [ja, en, correct] of rows) {
      expect(ja && en, `${ja} / ${en}`).toBeTruthy();
      expect(['yes', 'no']).toContain(correct);
    }
    expect(new Set(rows.map(([ja, en]) => `${ja}\t${en}`)).size).toBe(rows.length);
  });

  test('precision counts unjudged candidates as wrong', () => {
    const judged = parseJudged(tsv);
    const result = precisionAt(
      [
        { ja: '国研', en: 'Kokken' },
        { ja: '好循環', en: 'virtuous' },
        { ja: '未判定', en: 'unjudged' },
      ],
      judged,
    );
    expect(result).toMatchObject({ top: 3, correct: 1 });
    expect(result.precision).toBeCloseTo(1 / 3);
    expect(result.unjudged.map((c: { ja: string }) => c.ja)).toEqual(['未判定']);
  });
});
