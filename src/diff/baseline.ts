// Baselines: findings a reviewer accepted, matched by fingerprint id so that an edit elsewhere in
// either file does not bring them back. The file is meant to be reviewed in a pull request: sorted,
// one finding per entry with its kind and the texts concerned, shortened.
import type { Discrepancy } from '../model.js';
import type { SeverityMap } from './config.js';
import { truncate } from '../text/display.js';
import { KINDS } from './kinds.js';
import { assertMatchesSchema, parseJson } from './validate.js';

export const BASELINE_SCHEMA = 'strategy-align/baseline@1';
const SHORT_TEXT_LENGTH = 80;

export interface BaselineEntry {
  id: string;
  kind: Discrepancy['kind'];
  ja: string | null;
  en: string | null;
  expected?: string;
  found?: string;
}

export interface Baseline {
  schema: typeof BASELINE_SCHEMA;
  findings: BaselineEntry[];
}

/** Records findings; sorted by kind then id, so rewriting a baseline changes only what changed. */
export function buildBaseline(discrepancies: Discrepancy[]): Baseline {
  const findings = discrepancies.map((discrepancy): BaselineEntry => {
    const entry: BaselineEntry = {
      id: discrepancy.id,
      kind: discrepancy.kind,
      ja: discrepancy.ja ? shorten(discrepancy.ja.text) : null,
      en: discrepancy.en ? shorten(discrepancy.en.text) : null,
    };
    if (discrepancy.expected !== undefined) entry.expected = discrepancy.expected;
    if (discrepancy.found !== undefined) entry.found = discrepancy.found;
    return entry;
  });
  return { schema: BASELINE_SCHEMA, findings: sortedEntries(findings) };
}

function sortedEntries(entries: BaselineEntry[]): BaselineEntry[] {
  return entries.sort((a, b) => KINDS.indexOf(a.kind) - KINDS.indexOf(b.kind) || compareStrings(a.id, b.id));
}

/** The entries of both, each id once (the first list's entry wins), in buildBaseline's order. */
export function mergeBaselineEntries(first: readonly BaselineEntry[], second: readonly BaselineEntry[]): BaselineEntry[] {
  const byId = new Map<string, BaselineEntry>();
  for (const entry of [...first, ...second]) if (!byId.has(entry.id)) byId.set(entry.id, entry);
  return sortedEntries([...byId.values()]);
}

export function serializeBaseline(baseline: Baseline): string {
  return `${JSON.stringify(baseline, null, 2)}\n`;
}

/** Parses and validates a baseline file's text; any problem is one InputError line naming the file. */
export async function parseBaseline(text: string, file: string): Promise<Baseline> {
  const data = parseJson(text, file);
  await assertMatchesSchema('baseline', data, file);
  return data as Baseline;
}

/** Splits findings into those the baseline does not know (kept) and those it records (suppressed). */
export function applyBaseline(
  discrepancies: Discrepancy[],
  baseline: Baseline | undefined,
): { kept: Discrepancy[]; suppressed: Discrepancy[] } {
  if (!baseline) return { kept: discrepancies, suppressed: [] };
  const accepted = new Set(baseline.findings.map((entry) => entry.id));
  const kept: Discrepancy[] = [];
  const suppressed: Discrepancy[] = [];
  for (const discrepancy of discrepancies) (accepted.has(discrepancy.id) ? suppressed : kept).push(discrepancy);
  return { kept, suppressed };
}

/** White space collapsed and cut to 80 characters: enough for a reviewer to recognise the finding. */
export function shorten(text: string, length = SHORT_TEXT_LENGTH): string {
  return truncate(text.replace(/\s+/gu, ' ').trim(), length);
}

/** Code-unit order, independent of the locale (localeCompare is not). */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The entries that matched no finding of this run, reported or suppressed: the translation was
 * fixed there, or the text changed. Entries of a kind switched off (severity `off`) are not
 * counted: no finding of that kind was looked for.
 */
export function unmatchedEntries(
  baseline: Baseline,
  run: { discrepancies: readonly Discrepancy[]; suppressed: readonly Discrepancy[]; severities: SeverityMap },
): BaselineEntry[] {
  const found = new Set([...run.discrepancies, ...run.suppressed].map((finding) => finding.id));
  return baseline.findings.filter((entry) => !found.has(entry.id) && run.severities[entry.kind] !== 'off');
}
