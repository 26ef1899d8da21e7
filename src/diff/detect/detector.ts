// What a detector is: a module that knows one or more kinds of finding (their names, default
// severities and help, for every report and the SARIF rules) and finds them in an alignment.
// Detectors see the alignment through a DetectContext and report Drafts; severities, ids, section
// labels, order and baselines are the steps' business (src/diff/steps/).
import type { GlossaryEntry } from '../../glossary/types.js';
import type { Alignment, Discrepancy, DiscrepancyKind, Pair, Severity } from '../../model.js';

/** What a kind of finding means, in the words every report uses. */
export interface KindDescription {
  kind: DiscrepancyKind;
  /** Severity unless the config or --severity says otherwise. */
  defaultSeverity: Severity;
  /** PascalCase name (SARIF rule name). */
  name: string;
  /** Short phrase for tables and headings ("number mismatch"). */
  title: string;
  /** One word for the report's filters and cards ("Number"). */
  label: string;
  /** One line: what the rule checks (SARIF shortDescription). */
  summary: string;
  /** One sentence: what was found (SARIF fullDescription). */
  description: string;
  /** What a reviewer should do about it. */
  help: string;
}

/** A finding as a detector reports it: id, section label and (unless it has a reason to differ)
 *  severity are filled in afterwards. */
export type Draft = Omit<Discrepancy, 'id' | 'severity' | 'section'> & { severity?: Discrepancy['severity'] };

export interface DetectContext {
  alignment: Alignment;
  /** English characters per Japanese character over the linked pairs (the alignment's length model). */
  lengthRatio: number;
  /** The --glossary entries; null without one. */
  glossary: GlossaryEntry[] | null;
  pairById: Map<string, Pair>;
}

export interface Detector {
  /** The kinds this detector owns, in the order reports list them. It may also report a kind
   *  another detector owns (a clause omission found by the value check). */
  kinds: readonly KindDescription[];
  detect(context: DetectContext): Draft[];
  /**
   * It looks below what the detectors before it see (a clause inside a sentence): a draft of a kind
   * and place that one of theirs already reports is left out, so that one omission is one finding.
   */
  refines?: boolean;
}
