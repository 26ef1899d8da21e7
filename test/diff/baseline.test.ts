import { beforeEach, describe, expect, it, vi } from 'vitest';
import { applyBaseline, buildBaseline, parseBaseline, serializeBaseline, shorten } from '../../src/diff/baseline.js';
import { detectDiscrepancies } from '../../src/diff/steps/detect.js';
import { runDiff } from '../../src/diff/index.js';
import type { Discrepancy, LineRange } from '../../src/model.js';
import { allSeedFindings, packageRevisionDateMismatch, seedAlignment, seedText } from './seed-findings.js';

vi.mock('../../src/diff/steps/detect.js', () => ({ detectDiscrepancies: vi.fn() }));
const detect = vi.mocked(detectDiscrepancies);

beforeEach(() => {
  detect.mockReset();
});

/** The findings as they would be reported after inserting one line into the Japanese file at `at`. */
function afterInsertingJapaneseLine(findings: Discrepancy[], at: number): { findings: Discrepancy[]; editedJa: string } {
  const lines = seedText.ja.split('\n');
  lines.splice(at - 1, 0, '（追記）この行は検証のために挿入した。');
  const editedJa = lines.join('\n');
  const shift = ([first, last]: LineRange): LineRange => (first >= at ? [first + 1, last + 1] : [first, last]);
  return {
    editedJa,
    findings: findings.map((d) => (d.ja ? { ...d, ja: { ...d.ja, lines: shift(d.ja.lines) } } : d)),
  };
}

describe('baseline round trip', () => {
  it('suppresses every finding it recorded, and still does after an edit elsewhere', async () => {
    detect.mockReturnValue(allSeedFindings());
    const first = runDiff(seedAlignment());
    expect(first.discrepancies.length).toBe(5);

    const text = serializeBaseline(buildBaseline(first.discrepancies));
    const baseline = await parseBaseline(text, 'strategy-align.baseline.json');

    const again = runDiff(seedAlignment(), { baseline });
    expect(again.discrepancies).toEqual([]);
    expect(again.summary).toEqual({ error: 0, warning: 0, info: 0, suppressed: 5 });

    // a line inserted near the top of the Japanese file moves every Japanese finding down by one
    const { findings: moved, editedJa } = afterInsertingJapaneseLine(allSeedFindings(), 100);
    for (const d of moved.filter((finding) => finding.ja)) {
      const [first, last] = d.ja!.lines;
      expect(editedJa.split('\n').slice(first - 1, last).join('\n')).toContain(d.ja!.text);
    }
    expect(moved.find((d) => d.kind === 'omission')?.ja?.lines).toEqual([212, 212]);
    detect.mockReturnValue(moved);
    const afterEdit = runDiff(seedAlignment(), { baseline });
    expect(afterEdit.discrepancies).toEqual([]);
    expect(afterEdit.summary.suppressed).toBe(5);
  });

  it('reports a finding again when its own text changes', async () => {
    detect.mockReturnValue(allSeedFindings());
    const baseline = await parseBaseline(serializeBaseline(buildBaseline(runDiff(seedAlignment()).discrepancies)), 'b.json');
    const mismatch = packageRevisionDateMismatch();
    const edited = { ...mismatch, en: { ...mismatch.en!, text: mismatch.en!.text.replace('February 8, 2023', 'February 9, 2023') }, found: '2023-02-09' };
    detect.mockReturnValue([...allSeedFindings().filter((d) => d.kind !== 'date-mismatch'), edited]);
    const result = runDiff(seedAlignment(), { baseline });
    expect(result.discrepancies.map((d) => d.kind)).toEqual(['date-mismatch']);
    expect(result.discrepancies[0]?.found).toBe('2023-02-09');
    expect(result.summary).toEqual({ error: 1, warning: 0, info: 0, suppressed: 4 });
  });

  it('matches repeated findings one for one: a third copy of a twice-accepted finding is reported', () => {
    const mismatch = packageRevisionDateMismatch();
    const copy = (line: number): Discrepancy => ({ ...mismatch, ja: { ...mismatch.ja!, lines: [line, line] } });
    detect.mockReturnValue([copy(10), copy(20)]);
    const baseline = buildBaseline(runDiff(seedAlignment()).discrepancies);
    detect.mockReturnValue([copy(10), copy(20), copy(30)]);
    const result = runDiff(seedAlignment(), { baseline });
    expect(result.discrepancies.length).toBe(1);
    expect(result.discrepancies[0]?.id).toMatch(/-3$/);
  });
});

describe('baseline file', () => {
  it('is sorted by kind then id, with short texts a reviewer can read', () => {
    detect.mockReturnValue(allSeedFindings());
    const { findings, schema } = buildBaseline(runDiff(seedAlignment()).discrepancies);
    expect(schema).toBe('strategy-align/baseline@1');
    expect(findings.map((f) => f.kind)).toEqual(['omission', 'addition', 'date-mismatch', 'duplication', 'structure']);
    const omission = findings[0]!;
    expect(omission.ja).toBe('2030年代前半までに我が国としての打ち上げ能力を年間30件程度確保するため、基幹ロケットの高度化・高頻度化を進めるとともに');
    expect(Array.from(omission.en!).length).toBeLessThanOrEqual(80);
    expect(omission.en!.endsWith('…')).toBe(true);
    expect(omission.en).not.toContain('\n');
    expect(findings[2]).toMatchObject({ expected: '2025-02', found: '2023-02-08' });
    expect(findings[1]).toMatchObject({ ja: null, en: '[Tentative translation]' });
  });

  it('is byte-identical when written twice from findings in a different order', () => {
    detect.mockReturnValue(allSeedFindings());
    const { discrepancies } = runDiff(seedAlignment());
    expect(serializeBaseline(buildBaseline([...discrepancies].reverse()))).toBe(serializeBaseline(buildBaseline(discrepancies)));
  });

  it('refuses an invalid file in one line naming it', async () => {
    await expect(parseBaseline('{"schema":"strategy-align/baseline@2","findings":[]}', 'b.json')).rejects.toThrow(
      'b.json: schema: must be "strategy-align/baseline@1"',
    );
    await expect(parseBaseline('{"schema":"strategy-align/baseline@1","findings":[{"id":"xyz","kind":"omission"}]}', 'b.json')).rejects.toThrow(
      /^b\.json: findings\[0\]\.id: must match pattern/,
    );
    await expect(parseBaseline('[]', 'b.json')).rejects.toThrow('b.json: top level: must be object');
    await expect(parseBaseline('', 'b.json')).rejects.toThrow(/^b\.json: is not valid JSON/);
  });

  it('applyBaseline without a baseline keeps everything', () => {
    const findings = allSeedFindings();
    expect(applyBaseline(findings, undefined)).toEqual({ kept: findings, suppressed: [] });
  });

  it('shorten cuts at 80 characters, counting kanji as one', () => {
    const long = '経済安全保障'.repeat(20);
    expect(Array.from(shorten(long)).length).toBe(80);
    expect(shorten('短い文。')).toBe('短い文。');
  });
});
