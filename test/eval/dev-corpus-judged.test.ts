// The judged sample of dev-corpus findings that `npm run eval` reports the share true of.
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';

const tsv = readFileSync(new URL('../../fixtures/dev-corpus-judged.tsv', import.meta.url), 'utf8');
const [header, ...rows] = tsv.split('\n').filter((line) => line && !line.startsWith('#'));

test('every judged finding names its pair, kind, lines, texts and value, with a true/false verdict and a reason; none twice', () => {
  const columns = header!.split('\t');
  expect(columns).toEqual(['pair', 'kind', 'severity', 'ja_lines', 'en_lines', 'ja_text', 'en_text', 'value', 'message', 'verdict', 'reason']);
  expect(rows.length).toBeGreaterThanOrEqual(40);
  for (const row of rows) {
    const cells = row.split('\t');
    expect(cells).toHaveLength(columns.length);
    const [pair, kind, , jaLines, enLines, , , value, message, verdict, reason] = cells;
    expect(value).not.toBe('');
    expect(pair).toMatch(/^[A-Z]{3}\d{5}$/);
    expect(kind).toMatch(/^(omission|addition|number-mismatch|date-mismatch|duplication|structure|terminology)$/);
    expect(jaLines).toMatch(/^(\d+-\d+|-)$/);
    expect(enLines).toMatch(/^(\d+-\d+|-)$/);
    expect(message).not.toBe('');
    expect(verdict).toMatch(/^(true|false)$/);
    expect(reason!.length).toBeGreaterThan(10);
  }
  // what matches a row to a finding (eval/noise.js IDENTITY_COLUMNS): all but severity and message
  const identities = rows.map((row) => row.split('\t').slice(0, 8).filter((_, i) => i !== 2).join('\t'));
  expect(new Set(identities).size).toBe(identities.length);
});

test('a judged row matches its finding however the message is worded, and only the finding of its value', async () => {
  const { findingRow, rowKey } = await import('../../eval/noise.js');
  // EPR00601 (NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles, CC BY-SA 3.0)
  const side = (lines: number[], text: string) => ({ lines, text });
  const finding = {
    kind: 'number-mismatch',
    severity: 'error',
    ja: side([7, 7], '7年と10年の任命記事は同じことが別の年に再掲されたものだとする説がある'),
    en: side([23, 25], 'There is a view that the articles regarding the appointment in 668 and 671 are the same, but the second one was written again in another year.'),
    expected: '10',
    message: 'The Japanese has 10年; the English sentence has no such number',
  };
  const row = findingRow('EPR00601', finding);
  expect(rowKey(findingRow('EPR00601', { ...finding, message: 'The English does not give 10年 (10)' }))).toBe(rowKey(row));
  expect(rowKey(findingRow('EPR00601', { ...finding, expected: '7' }))).not.toBe(rowKey(row));
  const [judged] = rows.filter((r) => r.startsWith('EPR00601\tnumber-mismatch\terror\t7-7\t23-25\t'));
  expect(rowKey(Object.fromEntries(header!.split('\t').map((c, i) => [c, judged!.split('\t')[i]])))).toBe(rowKey(row));
});
