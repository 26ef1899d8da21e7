import { beforeEach, describe, expect, it, vi } from 'vitest';
import { detectDiscrepancies } from '../../src/diff/steps/detect.js';
import { baseFingerprint } from '../../src/diff/steps/fingerprint.js';
import { runDiff } from '../../src/diff/index.js';
import type { Discrepancy } from '../../src/model.js';
import {
  allSeedFindings,
  cut,
  launchCapacityOmission,
  packageRevisionDateMismatch,
  seedAlignment,
  tentativeTranslationAddition,
} from './seed-findings.js';

vi.mock('../../src/diff/steps/detect.js', () => ({ detectDiscrepancies: vi.fn() }));
const detect = vi.mocked(detectDiscrepancies);

beforeEach(() => {
  detect.mockReset();
});

describe('runDiff', () => {
  it('sorts by Japanese line, placing an addition where its pair sits, and counts severities', () => {
    detect.mockReturnValue(allSeedFindings());
    const result = runDiff(seedAlignment());
    expect(result.discrepancies.map((d) => [d.kind, d.ja?.lines[0] ?? null])).toEqual([
      ['addition', null], // pair p1 precedes the first Japanese block
      ['omission', 211],
      ['structure', 278],
      ['date-mismatch', 284],
      ['duplication', 409],
    ]);
    expect(result.summary).toEqual({ error: 2, warning: 3, info: 0, suppressed: 0 });
    expect(result.discrepancies.every((d) => /^[0-9a-f]{16}$/.test(d.id))).toBe(true);
    expect(result.discrepancies[1]?.id).toBe(baseFingerprint(launchCapacityOmission()));
  });

  it('gives the same result whatever order the detectors report in', () => {
    detect.mockReturnValue(allSeedFindings());
    const forward = runDiff(seedAlignment());
    detect.mockReturnValue(allSeedFindings().reverse());
    expect(runDiff(seedAlignment())).toEqual(forward);
  });

  it('places an addition inside the document after the Japanese text that precedes its pair', () => {
    const alignment = seedAlignment();
    // an English-only block between the launch paragraph (JA 211) and the heading (JA 278)
    const enOnly = { ...alignment.pairs[2]!, id: 'p3b', type: '0-1' as const, ja: [] };
    alignment.pairs.splice(3, 0, enOnly);
    const addition: Discrepancy = {
      ...tentativeTranslationAddition(),
      en: { lines: [270, 270], text: cut('en', [270, 270], 'With regard to the development', 'MLIT Data Platform') },
      pair: 'p3b',
    };
    detect.mockReturnValue([...allSeedFindings(), addition]);
    const kinds = runDiff(alignment).discrepancies.map((d) => d.kind);
    expect(kinds.indexOf('addition', 1)).toBe(kinds.indexOf('omission') + 1);
  });

  it('applies severity overrides and drops kinds turned off', () => {
    detect.mockReturnValue(allSeedFindings());
    const result = runDiff(seedAlignment(), { severity: { omission: 'info', duplication: 'off' } });
    expect(result.discrepancies.map((d) => d.kind)).not.toContain('duplication');
    expect(result.discrepancies.find((d) => d.kind === 'omission')?.severity).toBe('info');
    expect(result.summary).toEqual({ error: 1, warning: 2, info: 1, suppressed: 0 });
    expect(result.severities).toMatchObject({ omission: 'info', duplication: 'off', 'date-mismatch': 'error' });
  });

  it('keeps one of two identical reports, the more severe', () => {
    const omission = launchCapacityOmission();
    detect.mockReturnValue([{ ...omission, severity: 'warning' }, omission]);
    const result = runDiff(seedAlignment());
    expect(result.discrepancies.length).toBe(1);
    expect(result.discrepancies[0]?.severity).toBe('error');
  });

  it('drops a number or date mismatch lying inside an omitted passage, and keeps one outside it', () => {
    const omission = launchCapacityOmission();
    const inside: Discrepancy = {
      ...packageRevisionDateMismatch(),
      kind: 'number-mismatch',
      ja: { lines: [211, 211], text: cut('ja', [211, 211], '年間30件程度', '確保するため') },
      en: null,
      expected: '30',
      found: undefined,
      pair: 'p3',
    };
    const elsewhere = packageRevisionDateMismatch();
    detect.mockReturnValue([omission, inside, elsewhere]);
    expect(runDiff(seedAlignment()).discrepancies.map((d) => d.kind)).toEqual(['omission', 'date-mismatch']);
  });

  it('makes colliding ids unique in document order', () => {
    const mismatch = packageRevisionDateMismatch();
    const later: Discrepancy = { ...mismatch, ja: { ...mismatch.ja!, lines: [400, 400] } };
    detect.mockReturnValue([later, mismatch]);
    const [first, second] = runDiff(seedAlignment()).discrepancies;
    expect(first?.ja?.lines).toEqual([284, 286]);
    expect(second?.id).toBe(`${first?.id}-2`);
  });
});
