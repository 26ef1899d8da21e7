// The coverage view: for each sentence row, the word links between its Japanese and its English
// (src/lexicon/links.ts) and the Japanese words no link explains, as offsets in the text each cell
// shows. The page draws them only when the reviewer turns the view on (client.ts), so the file
// carries numbers, not markup.
import { linkWords, type LinkSource, type SentenceLinks } from '../lexicon/links.js';
import { isContentChar, segmentJapanese } from '../lexicon/segment.js';
import type { Anchor, SentencePair } from '../model.js';
import { mapNormalizedSpan, type Span } from './locate.js';
import type { Row, Unit } from './rows.js';

/** One letter per link source in the page's data; the script spells them out on hover. */
export const SOURCE_LETTER: Record<LinkSource, string> = {
  supplement: 's',
  dictionary: 'd',
  anchor: 'n',
  latin: 'l',
  loanword: 'k',
  reading: 'r',
  association: 'a',
};

/** How the cells of a row join their units (render.ts cellHtml): Japanese sentences touch, English ones take a space. */
export const UNIT_SEPARATOR = { ja: '', en: ' ' } as const;

export interface RowCoverage {
  /** Linked spans in the Japanese and English cells' shown text, the n-th of each a link. */
  ja: Span[];
  en: Span[];
  sources: string; // SOURCE_LETTER of each link
  /** Japanese content words with no link, in the Japanese cell's shown text. */
  unlinked: Span[];
  /** Share of Japanese content characters covered, as links.ts counts it. */
  coverage: number;
}

/** The units' normalised texts joined as one sentence, with where each unit starts. */
function joined(units: Unit[], separator: string): { text: string; starts: number[]; anchors: Anchor[] } {
  let text = '';
  const starts: number[] = [];
  const anchors: Anchor[] = [];
  units.forEach((unit, index) => {
    if (index > 0) text += separator;
    starts.push(text.length);
    for (const anchor of unit.anchors) anchors.push({ ...anchor, start: anchor.start + text.length, end: anchor.end + text.length });
    text += unit.normalized;
  });
  return { text, starts, anchors };
}

/**
 * The word links of a sentence pair, offsets in its sides' normalised sentences joined as `joined`
 * joins them. Computed here until the alignment carries them; then this is the one line to change
 * (`return sentencePair.links ?? linkWords(…)`).
 */
function linksOf(_sentencePair: SentencePair, ja: { text: string; anchors: Anchor[] }, en: { text: string; anchors: Anchor[] }): SentenceLinks {
  return linkWords({ normalized: ja.text, anchors: ja.anchors }, { normalized: en.text, anchors: en.anchors });
}

/** Length of the text a unit shows: its raw text without the markup the page hides. */
function shownLength(unit: Unit): number {
  return unit.raw.length - unit.hidden.reduce((sum, hidden) => sum + hidden.end - hidden.start, 0);
}

/** A raw offset of a unit as an offset of its shown text (hidden markup taken out). */
function shownOffset(unit: Unit, raw: number): number {
  let offset = raw;
  for (const hidden of unit.hidden) if (hidden.start < raw) offset -= Math.min(raw, hidden.end) - hidden.start;
  return offset;
}

/**
 * A span of the joined normalised text → the same text in the cell's shown text, or null when it
 * crosses units or the raw text cannot be matched (then the link is not drawn; nothing is guessed).
 */
function cellSpan(units: Unit[], starts: number[], cellStarts: number[], span: [number, number]): Span | null {
  for (let index = units.length - 1; index >= 0; index -= 1) {
    const start = starts[index] ?? 0;
    if (span[0] < start) continue;
    const unit = units[index]!;
    if (span[1] > start + unit.normalized.length) return null;
    const raw = mapNormalizedSpan(unit.skeleton, unit.normalized, { start: span[0] - start, end: span[1] - start });
    if (!raw) return null;
    const cell = cellStarts[index] ?? 0;
    return { start: cell + shownOffset(unit, raw.start), end: cell + shownOffset(unit, raw.end) };
  }
  return null;
}

function cellStartsOf(units: Unit[], separator: string): number[] {
  const starts: number[] = [];
  let at = 0;
  units.forEach((unit, index) => {
    if (index > 0) at += separator.length;
    starts.push(at);
    at += shownLength(unit);
  });
  return starts;
}

/** The links and unlinked Japanese words of a sentence row; null for a row that is not a sentence pair with text on both sides. */
export function rowCoverage(row: Row): RowCoverage | null {
  if (!row.sentencePair || row.ja.length === 0 || row.en.length === 0) return null;
  const ja = joined(row.ja, UNIT_SEPARATOR.ja);
  const en = joined(row.en, UNIT_SEPARATOR.en);
  const { links, coverage } = linksOf(row.sentencePair, ja, en);
  const jaCells = cellStartsOf(row.ja, UNIT_SEPARATOR.ja);
  const enCells = cellStartsOf(row.en, UNIT_SEPARATOR.en);
  const result: RowCoverage = { ja: [], en: [], sources: '', unlinked: [], coverage: coverage.ja };
  const linked = new Uint8Array(ja.text.length);
  for (const link of links) {
    linked.fill(1, link.ja[0], link.ja[1]);
    const jaSpan = cellSpan(row.ja, ja.starts, jaCells, link.ja);
    const enSpan = cellSpan(row.en, en.starts, enCells, link.en);
    if (!jaSpan || !enSpan) continue;
    result.ja.push(jaSpan);
    result.en.push(enSpan);
    result.sources += SOURCE_LETTER[link.source];
  }
  for (const token of segmentJapanese(ja.text)) {
    let content = false;
    let touched = false;
    for (let i = token.start; i < token.end; i += 1) {
      if (isContentChar(ja.text[i] ?? '')) content = true;
      if (linked[i]) touched = true;
    }
    if (!content || touched) continue;
    const span = cellSpan(row.ja, ja.starts, jaCells, [token.start, token.end]);
    const last = result.unlinked[result.unlinked.length - 1];
    // neighbouring unlinked words read as one stretch
    if (span && last && last.end === span.start) last.end = span.end;
    else if (span) result.unlinked.push(span);
  }
  return result;
}

/** Spans as 'gap+length', each gap from the end of the span before (negative when it goes back): short numbers, a smaller page. */
function spansAttribute(spans: Span[]): string {
  let previous = 0;
  return spans
    .map((span) => {
      const token = `${span.start - previous}+${span.end - span.start}`;
      previous = span.end;
      return token;
    })
    .join(' ');
}

/** The row's coverage as attributes of its element: data-kj, data-ke, data-ks, data-nl, data-cov. */
export function coverageAttributes(coverage: RowCoverage | null): string {
  if (!coverage) return '';
  return (
    ` data-cov="${Math.round(coverage.coverage * 100)}"` +
    (coverage.sources ? ` data-kj="${spansAttribute(coverage.ja)}" data-ke="${spansAttribute(coverage.en)}" data-ks="${coverage.sources}"` : '') +
    (coverage.unlinked.length > 0 ? ` data-nl="${spansAttribute(coverage.unlinked)}"` : '')
  );
}
