// Alignment → DiffResult. The registered detectors (registry.ts) find raw discrepancies; the steps
// (steps/) make them a report, in this order: section labels and default severities → severity
// config → fingerprint → dedupe → sort → unique ids → baseline. Pure: the CLI reads the config and
// baseline files and passes their parsed contents in.
import type { GlossaryEntry } from '../glossary/types.js';
import type { Alignment, Discrepancy, Severity } from '../model.js';
import { applyBaseline, type Baseline } from './baseline.js';
import { resolveSeverities, type SeverityMap, type SeverityOverrides } from './config.js';
import { dedupe } from './steps/dedupe.js';
import { detectDiscrepancies } from './steps/detect.js';
import { fingerprintAll, uniquifyIds } from './steps/fingerprint.js';
import { applySeverities } from './steps/severity.js';
import { sortByPosition } from './steps/sort.js';

export { dedupe } from './steps/dedupe.js';
export { sortByPosition } from './steps/sort.js';

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
