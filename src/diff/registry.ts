// Every detector diff runs, in the order reports list their kinds. Adding a detector: one module in
// src/diff/detect/ exporting a Detector, and one line here. The kind tables every report reads
// (KINDS, KIND_INFO, DEFAULT_SEVERITIES) are derived from this list.
import type { DiscrepancyKind, Severity } from '../model.js';
import type { Detector, KindDescription } from './detect/detector.js';
import { clauseOmissionDetector } from './detect/clause-omission.js';
import { duplicationDetector } from './detect/duplication.js';
import { nameOmissionDetector } from './detect/name-omission.js';
import { omissionDetector } from './detect/omission.js';
import { structureDetector } from './detect/structure.js';
import { terminologyDetector } from './detect/terminology.js';
import { valuesDetector } from './detect/values.js';

export const DETECTORS: readonly Detector[] = [
  omissionDetector, // omission, addition
  valuesDetector, // number-mismatch, date-mismatch
  duplicationDetector,
  structureDetector,
  terminologyDetector,
  clauseOmissionDetector, // omission, addition below the sentence (word links), where the others found none
  nameOmissionDetector, // omission of a name the translation gives elsewhere, where the others found none
];

const descriptions: KindDescription[] = DETECTORS.flatMap((detector) => detector.kinds);

/** Every kind, in the order reports list them (tie-break of the sort, order of summary tables). */
export const KINDS: readonly DiscrepancyKind[] = descriptions.map((description) => description.kind);

/** What each kind means, for the SARIF rules, the markdown, junit and HTML reports. */
export const KIND_INFO = Object.fromEntries(descriptions.map((description) => [description.kind, description])) as Record<DiscrepancyKind, KindDescription>;

/** A reader loses facts to omissions and wrong figures; the rest costs style or navigation. */
export const DEFAULT_SEVERITIES = Object.fromEntries(descriptions.map((d) => [d.kind, d.defaultSeverity])) as Record<DiscrepancyKind, Severity>;

export type { Detector, DetectContext, Draft, KindDescription } from './detect/detector.js';
