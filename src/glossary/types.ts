// The glossary's own data: evidence for a term pair from one source, and the ranked candidates.
import type { LineRange } from '../model.js';
import type { AlignedText } from './sentence-pairs.js';

export type EvidenceSource = 'definition' | 'abbreviation' | 'quote' | 'reading' | 'katakana' | 'dictionary' | 'association';

export const EVIDENCE_SOURCES: readonly EvidenceSource[] = ['definition', 'abbreviation', 'quote', 'reading', 'katakana', 'dictionary', 'association'];

/** One observation that `ja` translates as `en`, in one aligned pair (null: document-wide). */
export interface Evidence {
  ja: string;
  en: string;
  source: EvidenceSource;
  confidence: number; // (0,1]
  text: AlignedText | null;
}

export interface TermExample {
  jaLines: LineRange;
  enLines: LineRange;
}

export interface TermCandidate {
  ja: string;
  en: string;
  /** Combined confidence of the evidence times the pair's termhood (src/glossary/termhood.ts), in [0,1], rounded to 3 decimals. */
  score: number;
  /** Aligned pairs whose Japanese contains `ja` and whose English contains `en`, or where evidence for the pair was found. */
  count: number;
  sources: EvidenceSource[];
  examples: TermExample[];
}

/** One entry of a --glossary file: a Japanese term and its approved English renderings. */
export interface GlossaryEntry {
  ja: string;
  /** Approved English renderings; any one of them satisfies the check. */
  en: string[];
}
