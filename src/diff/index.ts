// Alignment → DiffResult. The detectors find raw discrepancies; the steps below make them a report:
// severity config → fingerprint → dedupe → sort → unique ids → baseline. Pure: the CLI reads the
// config and baseline files and passes their parsed contents in.
import type { Alignment, Discrepancy, Severity } from '../model.js';
import { applyBaseline, type Baseline, compareStrings } from './baseline.js';
import { applySeverities, resolveSeverities, type SeverityMap, type SeverityOverrides } from './config.js';
import type { GlossaryEntry } from '../glossary/terminology.js';
import { detectDiscrepancies } from './detect/index.js';
import { fingerprintAll, uniquifyIds } from './fingerprint.js';
import { KINDS, SEVERITY_RANK } from './kinds.js';

export interface DiffOptions {
  /** Severity per kind from the config file and --severity (flags already merged over the file). */
  severity?: SeverityOverrides;
  /** Accepted findings (--baseline), already parsed. */
  baseline?: Baseline;
  /** The --glossary entries, already read; without them, terminology looks for varying renderings. */
  glossary?: GlossaryEntry[];
}

export interface DiffSummary extends Record<Severity, number> {
  suppressed: number;
}

export interface DiffResult {
  /** Findings to report, in document order. */
  discrepancies: Discrepancy[];
  summary: DiffSummary;
  /** Findings the baseline matched (not reported; --write-baseline records them too). */
  suppressed: Discrepancy[];
  /** Effective severity of every kind ('off' when dropped), for reports that list the rules. */
  severities: SeverityMap;
}

export function runDiff(alignment: Alignment, options: DiffOptions = {}): DiffResult {
  const overrides = options.severity ?? {};
  const configured = applySeverities(detectDiscrepancies(alignment, options.glossary ?? null), overrides);
  const unique = dedupe(fingerprintAll(configured));
  const ordered = uniquifyIds(sortByPosition(unique, alignment));
  const { kept, suppressed } = applyBaseline(ordered, options.baseline);
  return { discrepancies: kept, summary: summarize(kept, suppressed.length), suppressed, severities: resolveSeverities(overrides) };
}

export function summarize(discrepancies: Discrepancy[], suppressed: number): DiffSummary {
  const summary: DiffSummary = { error: 0, warning: 0, info: 0, suppressed };
  for (const discrepancy of discrepancies) summary[discrepancy.severity] += 1;
  return summary;
}

/**
 * Removes repeats: the same finding reported twice (same id and lines; the more severe one stays),
 * and a number or date mismatch lying inside an omitted or added passage, which the omission or
 * addition already reports.
 */
export function dedupe(discrepancies: Discrepancy[]): Discrepancy[] {
  const byKey = new Map<string, Discrepancy>();
  for (const discrepancy of discrepancies) {
    const key = [discrepancy.id, discrepancy.ja?.lines.join('-') ?? '', discrepancy.en?.lines.join('-') ?? ''].join('|');
    const twin = byKey.get(key);
    if (!twin || SEVERITY_RANK[discrepancy.severity] > SEVERITY_RANK[twin.severity]) byKey.set(key, discrepancy);
  }
  const unique = [...byKey.values()];
  const omissions = unique.filter((d) => d.kind === 'omission');
  const additions = unique.filter((d) => d.kind === 'addition');
  return unique.filter((d) => {
    if (d.kind !== 'number-mismatch' && d.kind !== 'date-mismatch') return true;
    const insideOmission = omissions.some((o) => within(d.ja, o.ja));
    const insideAddition = additions.some((a) => within(d.en, a.en));
    return !insideOmission && !insideAddition;
  });
}

/** Is `inner` part of `outer`: overlapping lines and its text contained (white space ignored)? */
function within(inner: Discrepancy['ja'], outer: Discrepancy['ja']): boolean {
  if (!inner || !outer) return false;
  const overlap = inner.lines[0] <= outer.lines[1] && outer.lines[0] <= inner.lines[1];
  const squeeze = (text: string) => text.replace(/\s+/gu, '');
  return overlap && squeeze(inner.text) !== '' && squeeze(outer.text).includes(squeeze(inner.text));
}

/**
 * Document order: by Japanese line, then English line, then kind, then id. A finding with no
 * Japanese side (an addition) takes the place of its alignment pair, just after the Japanese text
 * that precedes it, so it is listed where a reader meets it.
 */
export function sortByPosition(discrepancies: Discrepancy[], alignment: Alignment): Discrepancy[] {
  const pairPosition = japanesePositionOfPairs(alignment);
  const jaPosition = (d: Discrepancy) =>
    d.ja ? d.ja.lines[0] : (d.pair !== undefined ? pairPosition.get(d.pair) : undefined) ?? Number.POSITIVE_INFINITY;
  const enPosition = (d: Discrepancy) => d.en?.lines[0] ?? 0;
  return discrepancies
    .map((discrepancy) => ({ discrepancy, ja: jaPosition(discrepancy), en: enPosition(discrepancy) }))
    .sort(
      (a, b) =>
        compareNumbers(a.ja, b.ja) ||
        compareNumbers(a.en, b.en) ||
        KINDS.indexOf(a.discrepancy.kind) - KINDS.indexOf(b.discrepancy.kind) ||
        compareStrings(a.discrepancy.id, b.discrepancy.id),
    )
    .map(({ discrepancy }) => discrepancy);
}

function compareNumbers(a: number, b: number): number {
  return a === b ? 0 : a < b ? -1 : 1; // not a - b: Infinity - Infinity is NaN
}

/** Pair id → Japanese line where it sits; a pair with no Japanese block sits after the last one seen. */
function japanesePositionOfPairs(alignment: Alignment): Map<string, number> {
  const positions = new Map<string, number>();
  let lastJapaneseLine = 0;
  for (const pair of alignment.pairs) {
    const first = pair.ja[0];
    const last = pair.ja[pair.ja.length - 1];
    if (first && last) {
      positions.set(pair.id, first.lines[0]);
      lastJapaneseLine = last.lines[1];
    } else {
      positions.set(pair.id, lastJapaneseLine + 0.5);
    }
  }
  return positions;
}
