// The shared types every stage reads and writes. Keep this file small: a type belongs here only
// when two or more stages exchange it.

export type Lang = 'ja' | 'en';
/** 1-based inclusive line range in the input file: [first, last]. */
export type LineRange = [number, number];

export interface SourceText {
  path: string;
  text: string; // decoded, LF line endings, BOM removed
  encoding: string; // 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'shift_jis' | 'euc-jp'
  lang: Lang;
  sha256: string; // of the raw bytes
}

export interface Section {
  id: string; // 's1', 's1.2', … stable within one document
  number: string | null; // as printed and normalised: '2', '(1)', '①', null for unnumbered topic headings
  /**
   * The marker as it is printed in the file: '2.', '(1)', '①', '1' (an English bare digit for ①),
   * '(3)' (an English garbling of ③), null when the file printed none (a dropped ①, topic headings).
   * Differs from `number` exactly where the translation lost or garbled the numbering.
   * Not part of the JSON contract.
   */
  printed?: string | null;
  title: string; // normalised heading text without its number
  level: number; // 1 chapter, 2 section, 3 item (①), 4 topic heading '(…)'
  lines: LineRange;
  parent: string | null;
}

export type BlockKind = 'title' | 'toc' | 'heading' | 'paragraph' | 'bullet';

export type AnchorType = 'number' | 'date' | 'name' | 'title';

export interface Anchor {
  type: AnchorType;
  text: string; // as in the block's normalised text
  value: string; // normalised value: digits for numbers, YYYY / YYYY-MM / YYYY-MM-DD / FYYYYY / YYYYs for dates
  qualifier?: string; // words of src/anchors/qualifiers.ts, space-separated in its order: 'ordinal', 'early by', …
  unit?: string; // yen, launches, universities, … when clear
  start: number; // character offsets in the block's normalised text (in a sentence's anchors: the sentence's)
  end: number;
}

export interface Sentence {
  id: string; // 'b12.3'
  start: number; // offsets in the block's normalised text
  end: number;
  lines: LineRange;
  text: string; // for display; the normalised text, since normalised offsets cannot be mapped back to raw text exactly
  normalized: string;
  anchors: Anchor[]; // offsets relative to this sentence's `normalized` text (not the block's)
}

export interface Block {
  id: string; // 'b1', 'b2', … in document order
  kind: BlockKind;
  lines: LineRange;
  section: string | null; // id of the innermost section containing the block
  text: string; // raw text, lines joined as in the file (PDF page breaks joined)
  normalized: string; // NFKC, spacing repaired, joined into one line
  anchors: Anchor[];
  sentences?: Sentence[]; // filled by the anchors stage
  /** For heading blocks: the section they open. */
  opens?: string;
  /**
   * Where each source line starts in `normalized`: ascending [offset, line] pairs, so a span of the
   * normalised text (a sentence, an anchor) maps back to its file lines. Not part of the JSON contract.
   */
  lineMap: Array<[number, number]>;
}

export interface Document {
  schema: 'strategy-align/document@1';
  path: string;
  lang: Lang;
  encoding: string;
  sha256: string;
  sections: Section[];
  blocks: Block[];
}

/** A pair or sentence pair scoring under this is one a reviewer should look at. */
export const REVIEW_THRESHOLD = 0.5;

export type PairType = '1-1' | '1-0' | '0-1' | '2-1' | '1-2' | '2-2';

/** The evidence a word link rests on (src/lexicon/links.ts). */
export type LinkSource = 'supplement' | 'dictionary' | 'anchor' | 'latin' | 'loanword' | 'reading' | 'association';

export interface WordLink {
  /** [start, end) in the Japanese side's text: its sentences' normalised texts joined by one '\n'. */
  ja: [number, number];
  /** [start, end) in the English side's text, joined alike. */
  en: [number, number];
  source: LinkSource;
}

export interface SentencePair {
  type: PairType;
  score: number;
  ja: Sentence[];
  en: Sentence[];
  /** Word links between the two sides (1-1, 2-1, 1-2 pairs; absent for 1-0 / 0-1). */
  links?: WordLink[];
  /** Share of each side's content the links cover, in [0,1]. */
  coverage?: { ja: number; en: number };
}

export interface Pair {
  id: string; // 'p1', 'p2', …
  type: PairType;
  score: number; // [0,1]; under REVIEW_THRESHOLD a reviewer should look
  section: { ja: string | null; en: string | null };
  ja: Block[];
  en: Block[];
  sentences: SentencePair[];
}

export interface Alignment {
  schema: 'strategy-align/alignment@1';
  ja: Document;
  en: Document;
  /** Matched sections: ja section id → en section id (null when unmatched). */
  sections: Array<{ ja: string | null; en: string | null; score: number }>;
  pairs: Pair[];
  /**
   * English characters per Japanese character over the linked pairs (align/length-model.ts), which
   * diff's length checks use. Not part of the JSON contract; recomputed when absent.
   */
  lengthRatio?: number;
}

export type DiscrepancyKind =
  | 'omission'
  | 'addition'
  | 'number-mismatch'
  | 'date-mismatch'
  | 'duplication'
  | 'structure'
  | 'terminology';

export type Severity = 'error' | 'warning' | 'info';

export interface Side {
  lines: LineRange;
  text: string; // the specific part concerned
  context?: string; // the whole sentence or block for display
  /** Ids of the blocks the concerned text lies in, in document order. */
  blocks?: string[];
  /** Id of the sentence the concerned text lies in, when it lies in one. */
  sentence?: string;
  /** [start, end) of the concerned text in the normalised text of its (first) block, when it is one stretch of one block. */
  span?: [number, number];
}

export interface Discrepancy {
  id: string; // stable fingerprint: kind + normalised texts
  kind: DiscrepancyKind;
  severity: Severity;
  ja: Side | null;
  en: Side | null;
  expected?: string;
  found?: string;
  message: string;
  section: string | null; // human-readable section label, e.g. '2 (1) ① (Space)'
  pair?: string; // alignment pair id
}

/** An error the user caused (bad path, bad encoding, bad option): one line, exit code 2. */
/** How a document read from standard input (`-`) is named in reports when --stdin-name does not name it. */
export const STDIN_NAME = '<stdin>';

export class InputError extends Error {
  constructor(
    message: string,
    readonly file?: string,
  ) {
    super(file ? `${file}: ${message}` : message);
    this.name = 'InputError';
  }
}
