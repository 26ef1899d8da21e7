// What the extractors hand to the resolver, and the small matching helpers they share.
import type { Anchor, AnchorType } from '../model.js';
import { joinQualifiers, type Qualifier } from './qualifiers.js';

/**
 * An anchor the resolver may keep. `skip` spans (a month without a year, an impossible era year) are
 * never emitted: they only stop their digits from being read as plain numbers.
 */
export interface Candidate {
  type: AnchorType | 'skip';
  start: number;
  end: number;
  value: string;
  qualifiers: Qualifier[];
  unit?: string;
}

export function candidate(
  type: Candidate['type'],
  start: number,
  end: number,
  value: string,
  qualifiers: Qualifier[] = [],
  unit?: string,
): Candidate {
  return unit === undefined ? { type, start, end, value, qualifiers } : { type, start, end, value, qualifiers, unit };
}

export function toAnchor(c: Candidate, text: string): Anchor {
  const anchor: Anchor = { type: c.type as AnchorType, text: text.slice(c.start, c.end), value: c.value, start: c.start, end: c.end };
  const qualifier = joinQualifiers(c.qualifiers);
  // Key order is the JSON order: type, text, value, qualifier, unit, start, end.
  return {
    type: anchor.type,
    text: anchor.text,
    value: anchor.value,
    ...(qualifier !== undefined && { qualifier }),
    ...(c.unit !== undefined && { unit: c.unit }),
    start: anchor.start,
    end: anchor.end,
  };
}

/** Matches `sticky` (a /y regex) at `index`, or returns null. */
export function matchAt(sticky: RegExp, text: string, index: number): RegExpExecArray | null {
  sticky.lastIndex = index;
  return sticky.exec(text);
}

/** Matches `endAnchored` (a regex ending in `$`) against the text just before `index`. */
export function matchBefore(endAnchored: RegExp, text: string, index: number, window = 48): RegExpExecArray | null {
  return endAnchored.exec(text.slice(Math.max(0, index - window), index));
}
