// Precision and recall on the real pair: diff reports exactly the findings confirmed by reading
// both texts, and none on the places where the translation differs only in form.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Discrepancy } from '../../src/model.js';
import { seedDiff } from '../helpers/pipeline.js';

function rows(path: string): string[][] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'))
    .map((line) => line.split('\t'));
}

const first = (side: Discrepancy['ja']) => (side ? String(side.lines[0]) : '-');
const covers = (side: Discrepancy['ja'], line: number) => side !== null && side.lines[0] <= line && line <= side.lines[1];

describe('diff of the seed pair', () => {
  const { discrepancies } = seedDiff();

  it('reports exactly the confirmed findings', () => {
    const expected = rows('fixtures/diff/confirmed-findings.tsv').map(([kind, severity, ja, en]) => `${kind} ${severity} ${ja}→${en}`);
    const actual = discrepancies.map((d) => `${d.kind} ${d.severity} ${first(d.ja)}→${first(d.en)}`);
    expect(actual.sort()).toEqual(expected.sort());
  });

  it('still misses the known missed findings (ratchet: one found again moves to confirmed-findings.tsv)', () => {
    const missed = rows('fixtures/diff/missed-findings.tsv').map(([kind, severity, ja, en]) => `${kind} ${severity} ${ja}→${en}`);
    const actual = new Set(discrepancies.map((d) => `${d.kind} ${d.severity} ${first(d.ja)}→${first(d.en)}`));
    expect(missed.filter((finding) => actual.has(finding))).toEqual([]);
  });

  it.each(rows('fixtures/diff/acceptable-paraphrases.tsv'))('reports nothing on ja %s / en %s (%s): %s', (ja, en, kinds) => {
    const banned = kinds!.split(',');
    const offending = discrepancies.filter((d) => banned.includes(d.kind) && (covers(d.ja, Number(ja)) || d.ja === null) && covers(d.en, Number(en)));
    expect(offending.map((d) => d.message)).toEqual([]);
  });

  it('finds the launch-capacity clause and names its values', () => {
    const launch = discrepancies.find((d) => d.kind === 'omission' && d.ja?.text.includes('年間30件程度'))!;
    expect(launch.ja!.text).toBe('2030年代前半までに我が国としての打ち上げ能力を年間30件程度確保するため');
    expect(launch.expected).toContain('2030s (early');
    expect(launch.expected).toContain('30');
    expect(launch.severity).toBe('error');
  });
});
