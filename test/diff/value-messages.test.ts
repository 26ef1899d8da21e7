// What the number and date findings say on the real seed pair: the Japanese value against the
// English one, each as printed, with the compared value only where the print does not show it.
import { describe, expect, it } from 'vitest';
import { seedDiff } from '../helpers/pipeline.js';

const { discrepancies } = seedDiff();
const messageAt = (kind: string, jaLine: number): string | undefined =>
  discrepancies.find((d) => d.kind === kind && d.ja?.lines[0] === jaLine)?.message;

describe('value messages on the seeds', () => {
  it('say what each side has, without saying a value twice', () => {
    // EN 258 designates matching projects "in FY2025", a year the Japanese sentence (ja 261) does not name
    expect(messageAt('date-mismatch', 261)).toBe('The English has FY2025; the Japanese sentence has no such date');
    // NanoTerasu's 3GeV (ja 305) is not in the English sentence
    expect(messageAt('number-mismatch', 305)).toBe('The Japanese has 3GeV; the English sentence has no such number');
    // an era date keeps the date it stands for; an English date already shows its own
    expect(messageAt('date-mismatch', 284)).toBe('Date differs: Japanese 令和7年2月 (2025-02), English February 8, 2023');
    expect(messageAt('date-mismatch', 312)).toBe('The Japanese has 令和7年度 (FY2025); the English sentence has no such date');
  });

  it('never print a value and then the same value in brackets', () => {
    const values = discrepancies.filter((d) => d.kind === 'number-mismatch' || d.kind === 'date-mismatch' || d.kind === 'omission');
    expect(values.length).toBeGreaterThanOrEqual(5);
    for (const { message } of values) expect(message).not.toMatch(/(\S+) \(\1\)/u);
  });
});
