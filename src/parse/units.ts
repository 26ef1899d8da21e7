// What both line-level parsers hand to the shared assembly: runs of source lines with a kind,
// before page-break joins, section ids and normalisation.
import type { BlockKind } from '../model.js';
import type { HeadingKind, LineMarker } from './numbering.js';

export interface HeadingCandidate {
  kind: HeadingKind;
  /** Numeric value as printed; null when the English dropped the marker (filled in by the outline). */
  value: number | null;
  printed: string | null;
  title: string; // folded, without number
  topic?: string; // a second heading on the same line
}

export interface Unit {
  kind: BlockKind;
  /** 1-based source lines, ascending, none blank. */
  lines: number[];
  /** Per line: the text without layout markers (list marker, `#`, bullet, page number), raw. */
  contents: string[];
  /** List marker of the first line. */
  marker: LineMarker;
  heading?: HeadingCandidate;
  /** Text for `normalized` when it is not derived line by line (headings, TOC entries). */
  normalizedText?: string;
}

/** "## **Table of Contents**" → "Table of Contents": markdown heading hashes and a bold wrapper. */
export function stripHeadingMarkup(line: string): string {
  let text = line.trim().replace(/^#{1,6}(?:\s+|$)/u, '').replace(/\s+#+\s*$/u, '').trim();
  const bold = /^(\*\*|__)(.+)\1$/u.exec(text);
  if (bold) text = bold[2]!.trim();
  return text;
}
