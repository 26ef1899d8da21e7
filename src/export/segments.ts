// Alignment → the list of translation segments every export format writes.
import type { Alignment, Block, Document, Lang, LineRange, Pair, PairType, Sentence } from '../model.js';
import { sectionLabel } from '../parse/section-label.js';
import type { ExportLevel } from './format-names.js';
import { joinTexts } from './text.js';

export { EXPORT_LEVELS, type ExportLevel } from './format-names.js';

export interface SegmentOptions {
  level: ExportLevel;
  /** Pairs with both sides scoring below this are left out. */
  minScore: number;
  /** Keep segments with one side only (1-0, 0-1), whatever their score. */
  includeUnpaired: boolean;
}

export const DEFAULT_SEGMENT_OPTIONS: SegmentOptions = {
  level: 'sentence',
  minScore: 0,
  includeUnpaired: false,
};

export interface ExportSegment {
  /** 'p12' for a block pair, 'p12.3' for the third sentence pair of block pair p12. */
  id: string;
  ja: string;
  en: string;
  /** Rounded to three decimals so the number prints the same everywhere. */
  score: number;
  type: PairType;
  /** Human-readable section of the Japanese side (the English side's when the Japanese has none). */
  section: string | null;
  lines: { ja: LineRange | null; en: LineRange | null };
}

function span(units: Array<{ lines: LineRange }>): LineRange | null {
  if (units.length === 0) return null;
  return [Math.min(...units.map((u) => u.lines[0])), Math.max(...units.map((u) => u.lines[1]))];
}

function roundScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/** Several sentences or blocks of one side as one segment text (see text.ts for why normalised). */
function joined(units: Array<Sentence | Block>, lang: Lang): string {
  return joinTexts(units.map((unit) => unit.normalized.trim()), lang);
}

function pairSection(alignment: Alignment, pair: Pair): string | null {
  const side = (document: Document, id: string | null) => (id === null ? null : sectionLabel(document, id));
  return side(alignment.ja, pair.section.ja) ?? side(alignment.en, pair.section.en);
}

/** One segment per block pair, or per sentence pair; a block pair the anchors stage left without
 *  sentences is exported whole even at sentence level, so no text goes missing. */
function candidates(alignment: Alignment, pair: Pair, options: SegmentOptions): ExportSegment[] {
  const section = pairSection(alignment, pair);
  if (options.level === 'block' || pair.sentences.length === 0) {
    return [
      {
        id: pair.id,
        ja: joined(pair.ja, 'ja'),
        en: joined(pair.en, 'en'),
        score: roundScore(pair.score),
        type: pair.type,
        section,
        lines: { ja: span(pair.ja), en: span(pair.en) },
      },
    ];
  }
  return pair.sentences.map((sentencePair, index) => ({
    id: `${pair.id}.${index + 1}`,
    ja: joined(sentencePair.ja, 'ja'),
    en: joined(sentencePair.en, 'en'),
    score: roundScore(sentencePair.score),
    type: sentencePair.type,
    section,
    lines: { ja: span(sentencePair.ja), en: span(sentencePair.en) },
  }));
}

export function isUnpaired(segment: ExportSegment): boolean {
  return segment.ja === '' || segment.en === '';
}

/** Segments in document order, filtered by score and pairing. */
export function collectSegments(alignment: Alignment, options: SegmentOptions): ExportSegment[] {
  const segments: ExportSegment[] = [];
  for (const pair of alignment.pairs) {
    for (const segment of candidates(alignment, pair, options)) {
      if (segment.ja === '' && segment.en === '') continue;
      if (isUnpaired(segment) ? options.includeUnpaired : segment.score >= options.minScore) segments.push(segment);
    }
  }
  return segments;
}
