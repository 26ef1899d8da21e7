// Findings on faithful translations: errors and warnings per 100 gold sentence pairs of the clean
// dev-corpus pairs, and the share judged true of a fixed sample judged by reading both texts
// (fixtures/dev-corpus-judged.tsv).
import { existsSync, readFileSync } from 'node:fs';
import { random } from './lib.js';

export const JUDGED_FILE = 'fixtures/dev-corpus-judged.tsv';
export const JUDGED_COLUMNS = ['pair', 'kind', 'severity', 'ja_lines', 'en_lines', 'ja_text', 'en_text', 'value', 'message', 'verdict', 'reason'];
/** The columns that describe a finding (all but the verdict and its reason). */
export const FINDING_COLUMNS = JUDGED_COLUMNS.slice(0, 9);

const flat = (text) => (text ?? '').replace(/\s+/g, ' ').trim();
const lines = (side) => (side ? side.lines.join('-') : '-');

/** One finding as a judged-file row (without verdict and reason). */
export function findingRow(pairId, d) {
  const value = flat(d.expected ?? d.found) || '-';
  return { pair: pairId, kind: d.kind, severity: d.severity, ja_lines: lines(d.ja), en_lines: lines(d.en), ja_text: flat(d.ja?.text), en_text: flat(d.en?.text), value, message: flat(d.message) };
}

/** The columns that match a judged row to a finding: pair, kind, both sides (lines and texts) and
 *  the value it is about (a sentence may hold several). Not the message, whose wording may change,
 *  nor the severity. */
export const IDENTITY_COLUMNS = ['pair', 'kind', 'ja_lines', 'en_lines', 'ja_text', 'en_text', 'value'];
export const rowKey = (r) => IDENTITY_COLUMNS.map((c) => tsvCell(r[c] ?? '')).join('\t');

export function readJudged() {
  if (!existsSync(JUDGED_FILE)) return [];
  const [header, ...rows] = readFileSync(JUDGED_FILE, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  const columns = header.split('\t');
  return rows.map((line) => Object.fromEntries(line.split('\t').map((v, i) => [columns[i], v])));
}

export const tsvCell = (text) => text.replace(/[\t\n]/g, ' ');

/** Errors and warnings of the clean pairs, as rows: `findings[i]` belongs to `pairs[i]`. */
export function reportedRows(pairs, findings) {
  return pairs.flatMap((pair, i) => findings[i].filter((d) => d.severity !== 'info').map((d) => findingRow(pair.id, d)));
}

/** The sample to judge: 40 rows picked by a seeded shuffle, in pair and line order. */
export function judgingSample(rows, size = 40) {
  const next = random(13);
  const order = rows.map((row, i) => ({ row, r: next(), i }));
  order.sort((a, b) => a.r - b.r || a.i - b.i);
  const first = (lines) => Number.parseInt(lines, 10) || 0; // '-' for a side the finding has none of
  return order.slice(0, size).map((x) => x.row).sort((a, b) => a.pair.localeCompare(b.pair) || first(a.ja_lines) - first(b.ja_lines) || first(a.en_lines) - first(b.en_lines));
}

/** The gold sentence pairs of the clean pairs: what noise is counted per 100 of. */
export const goldSentencePairs = (pairs) => pairs.reduce((n, p) => n + p.gold.sentences.length, 0);

/** The findings `isFinding` picks on the clean pairs (`findings[i]` belongs to `pairs[i]`), and how many per 100 gold sentence pairs. */
export function findingsOnFaithfulPairs(pairs, findings, isFinding) {
  const found = pairs.flatMap((pair, i) => findings[i].filter(isFinding).map((d) => ({ pair: pair.id, d })));
  return { found, per100: (100 * found.length) / goldSentencePairs(pairs) };
}

export function evaluateNoise(pairs, findings) {
  const sentencePairs = goldSentencePairs(pairs);
  const rows = reportedRows(pairs, findings);
  const perKind = {};
  for (const row of rows) {
    perKind[row.kind] ??= { error: 0, warning: 0 };
    perKind[row.kind][row.severity]++;
  }
  const errors = rows.filter((r) => r.severity === 'error').length;
  const warnings = rows.length - errors;
  const judged = new Map(readJudged().map((r) => [rowKey(r), r]));
  const stillJudged = rows.filter((r) => judged.has(rowKey(r))).map((r) => judged.get(rowKey(r)));
  const judgedTrue = stillJudged.filter((r) => r.verdict === 'true').length;
  return {
    sentencePairs,
    errors,
    warnings,
    per100: (100 * rows.length) / sentencePairs,
    perKind: Object.fromEntries(
      Object.entries(perKind)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, { ...v, per100: (100 * (v.error + v.warning)) / sentencePairs }]),
    ),
    judged: {
      file: JUDGED_FILE,
      rows: judged.size,
      stillProduced: stillJudged.length,
      judgedTrue,
      shareTrue: stillJudged.length ? judgedTrue / stillJudged.length : null,
      unjudged: rows.filter((r) => !judged.has(rowKey(r))).length,
    },
    rows,
    unjudgedRows: rows.filter((r) => !judged.has(rowKey(r))),
  };
}
