// The judged sample of dev-corpus findings that `npm run eval` reports the share true of.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const tsv = readFileSync(new URL('../../fixtures/dev-corpus-judged.tsv', import.meta.url), 'utf8');
const [header, ...rows] = tsv.split('\n').filter((line) => line && !line.startsWith('#'));

test('every judged finding names its pair, kind, lines and texts, with a true/false verdict and a reason; none twice', () => {
  const columns = header!.split('\t');
  expect(columns).toEqual(['pair', 'kind', 'severity', 'ja_lines', 'en_lines', 'ja_text', 'en_text', 'message', 'verdict', 'reason']);
  expect(rows.length).toBeGreaterThanOrEqual(40);
  for (const row of rows) {
    const cells = row.split('\t');
    expect(cells).toHaveLength(columns.length);
    const [pair, kind, , jaLines, enLines, , , message, verdict, reason] = cells;
    expect(pair).toMatch(/^[A-Z]{3}\d{5}$/);
    expect(kind).toMatch(/^(omission|addition|number-mismatch|date-mismatch|duplication|structure|terminology)$/);
    expect(jaLines).toMatch(/^(\d+-\d+|-)$/);
    expect(enLines).toMatch(/^(\d+-\d+|-)$/);
    expect(message).not.toBe('');
    expect(verdict).toMatch(/^(true|false)$/);
    expect(reason!.length).toBeGreaterThan(10);
  }
  const identities = rows.map((row) => row.split('\t').slice(0, 8).filter((_, i) => i !== 2).join('\t'));
  expect(new Set(identities).size).toBe(identities.length);
});
