// What each kind of finding means, in one place: the SARIF rules, the markdown and junit reports
// and the README all describe the kinds with these words.
import type { DiscrepancyKind, Severity } from '../model.js';

/** Every kind, in the order reports list them (tie-break of the sort, order of summary tables). */
export const KINDS: readonly DiscrepancyKind[] = [
  'omission',
  'addition',
  'number-mismatch',
  'date-mismatch',
  'duplication',
  'structure',
  'terminology',
];

export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Higher is more severe; used by --fail-on and by dedupe (the more severe twin wins). */
export const SEVERITY_RANK: Record<Severity, number> = { error: 3, warning: 2, info: 1 };

export interface KindInfo {
  /** PascalCase name (SARIF rule name). */
  name: string;
  /** Short phrase for tables and headings. */
  title: string;
  /** One line: what the rule checks (SARIF shortDescription). */
  summary: string;
  /** One sentence: what was found. */
  description: string;
  /** What a reviewer should do about it. */
  help: string;
}

export const KIND_INFO: Record<DiscrepancyKind, KindInfo> = {
  omission: {
    name: 'Omission',
    title: 'omission',
    summary: 'Japanese content missing from the English translation.',
    description:
      'Japanese content (a block, a sentence, or a clause carrying a figure, target, date or name) has no English counterpart.',
    help: 'Translate the Japanese passage shown, or accept the omission in the baseline if it is deliberate.',
  },
  addition: {
    name: 'Addition',
    title: 'addition',
    summary: 'English content with no Japanese original.',
    description: 'English content has no Japanese counterpart.',
    help: 'Check that the English passage belongs to this document; remove it or accept it in the baseline (translator notes, for instance).',
  },
  'number-mismatch': {
    name: 'NumberMismatch',
    title: 'number mismatch',
    summary: 'A number differs between the Japanese and the English.',
    description: 'A number on one side is absent or different on the other after normalisation (kanji numerals, 万/億/兆, units).',
    help: 'Compare the expected value (from the Japanese) with the one found in the English and correct the translation.',
  },
  'date-mismatch': {
    name: 'DateMismatch',
    title: 'date mismatch',
    summary: 'A date differs between the Japanese and the English.',
    description:
      'A date on one side is absent or different on the other after normalisation (Japanese eras, fiscal years: 令和7年度 = FY2025).',
    help: 'Compare the expected date (from the Japanese) with the one found in the English and correct the translation.',
  },
  duplication: {
    name: 'Duplication',
    title: 'duplication',
    summary: 'Content translated twice.',
    description: 'An English sentence or clause translates the same Japanese content twice.',
    help: 'Remove the repeated English sentence or clause.',
  },
  structure: {
    name: 'Structure',
    title: 'structure',
    summary: 'A heading or numbering differs.',
    description:
      'A heading or numbering differs in a way a reader would notice: a missing section, ③ numbered "(3)", a chapter split differently.',
    help: 'Restore the heading or numbering of the Japanese original in the English.',
  },
  terminology: {
    name: 'Terminology',
    title: 'terminology',
    summary: 'A term translated inconsistently.',
    description: 'A term is translated differently from the glossary or from its other occurrences.',
    help: 'Use the glossary translation of the term consistently.',
  },
};
