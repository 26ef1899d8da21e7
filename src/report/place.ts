// Where each finding shows: the pair and row it belongs to, and the marks it puts on the text —
// the concerned clause or sentence, and the mismatching values on both sides.
import { SEVERITY_RANK } from '../diff/kinds.js';
import type { Discrepancy, Lang, Side } from '../model.js';
import { findAll, mapNormalizedSpan, sameSkeleton, skeletonOf, type Span } from './locate.js';
import { type PairView, shownText, type Unit } from './rows.js';

/** value: a mismatching number or date; span/whole: the concerned text; context: its counterpart. */
export type MarkStyle = 'value' | 'span' | 'whole' | 'context';

export interface Mark extends Span {
  finding: number; // index into the placed findings
  style: MarkStyle;
}

export interface PlacedFinding {
  index: number; // position in document order; the page calls it f<index+1>
  discrepancy: Discrepancy;
  /** Pair and row the finding's card follows; null when its lines are in no pair. */
  pairIndex: number | null;
  rowIndex: number;
  /** Sides whose concerned text was found and marked on the page. */
  marked: { ja: boolean; en: boolean };
}

export interface Placement {
  findings: PlacedFinding[];
  /** unit key → marks on that unit's raw text */
  marks: Map<string, Mark[]>;
}

/** Line → indexes of the pairs holding a block on that line, per side. */
function lineIndex(views: PairView[], lang: Lang): Map<number, number[]> {
  const index = new Map<number, number[]>();
  for (const view of views) {
    for (const block of view.pair[lang]) {
      for (let line = block.lines[0]; line <= block.lines[1]; line += 1) {
        const list = index.get(line) ?? [];
        if (list[list.length - 1] !== view.index) list.push(view.index);
        index.set(line, list);
      }
    }
  }
  return index;
}

interface Located {
  rowIndex: number;
  unit: Unit;
  spans: Span[];
}

function unitsOfSide(view: PairView, lang: Lang): Array<{ rowIndex: number; unit: Unit }> {
  return view.rows.flatMap((row, rowIndex) => row[lang].map((unit) => ({ rowIndex, unit })));
}

/**
 * The units a side points at (its blocks, sentence and span, as diff found them), with the span of
 * each unit's shown text that the side covers. A side without ids (a finding made elsewhere) is not
 * marked: its card quotes it instead.
 */
function locateSide(view: PairView, lang: Lang, side: Side): Located[] {
  if (!side.blocks || side.blocks.length === 0) return [];
  const blocks = new Set(side.blocks);
  const found: Located[] = [];
  for (const { rowIndex, unit } of unitsOfSide(view, lang)) {
    if (!blocks.has(unit.block)) continue;
    if (side.sentence !== undefined && !unit.isBlock && unit.key !== `${lang}:${side.sentence}`) continue;
    let start = 0;
    let end = unit.normalized.length;
    if (side.span && unit.block === side.blocks[0]) {
      start = Math.max(start, side.span[0] - unit.offset);
      end = Math.min(end, side.span[1] - unit.offset);
      if (end <= start) continue;
    }
    const whole = start === 0 && end === unit.normalized.length;
    const span = whole ? { start: 0, end: unit.raw.length } : unit.raw === unit.normalized ? { start, end } : mapNormalizedSpan(unit.skeleton, unit.normalized, { start, end });
    if (span) found.push({ rowIndex, unit, spans: [span] });
  }
  return found;
}

/**
 * The values a finding names for one side: diff writes them as the anchor's normalised value, a
 * qualifier in brackets ('30 (around)', '2030s (early)'), several joined with '; '.
 */
function valueCandidates(values: string | undefined): string[] {
  if (!values) return [];
  return values.split(/;\s*/u).flatMap((value) => {
    const bare = value.replace(/\s*\([^)]*\)$/u, '').trim();
    return bare && bare !== value.trim() ? [value.trim(), bare] : [value.trim()];
  }).filter((value) => value !== '' && value !== '(none)');
}

const WORD_CHARACTER = /[0-9A-Za-z]/u;

/** A span that does not cut into a number or word: '30' is not the end of '2030'. */
function standsAlone(raw: string, span: Span): boolean {
  const cutsBefore = WORD_CHARACTER.test(raw[span.start - 1] ?? '') && WORD_CHARACTER.test(raw[span.start] ?? '');
  const cutsAfter = WORD_CHARACTER.test(raw[span.end - 1] ?? '') && WORD_CHARACTER.test(raw[span.end] ?? '');
  return !cutsBefore && !cutsAfter;
}

/** Spans of the unit showing one of the values: its anchors first, else the value's text itself. */
function valueMarks(unit: Unit, values: string[]): Span[] {
  const spans: Span[] = [];
  const anchors = unit.anchors.filter((anchor) => values.some((value) => anchor.value === value || sameSkeleton(anchor.text, value)));
  for (const anchor of anchors) {
    const span = mapNormalizedSpan(unit.skeleton, unit.normalized, anchor);
    if (span) spans.push(span);
    else spans.push(...findAll(unit.skeleton, anchor.text));
  }
  if (anchors.length > 0) return spans;
  // the whole raw text, a heading's number included (unit.skeleton leaves it out)
  const shown = skeletonOf(unit.raw);
  return values.flatMap((value) => findAll(shown, value)).filter((span) => standsAlone(unit.raw, span));
}

/** The side that only shows where the concerned text belongs: the English of an omission, the Japanese of an addition or duplication. */
function isCounterpart(kind: Discrepancy['kind'], lang: Lang): boolean {
  return lang === 'en' ? kind === 'omission' : kind === 'addition' || kind === 'duplication';
}

function isWhole(unit: Unit, span: Span): boolean {
  const shown = shownText(unit, span).trim().length;
  const all = shownText(unit).trim().length;
  return shown >= all * 0.97;
}

function documentOrder(a: PlacedFinding, b: PlacedFinding, firstLine: (f: PlacedFinding) => number): number {
  const pairA = a.pairIndex ?? -1;
  const pairB = b.pairIndex ?? -1;
  if (pairA !== pairB) return pairA - pairB;
  if (a.rowIndex !== b.rowIndex) return a.rowIndex - b.rowIndex;
  const lineDelta = firstLine(a) - firstLine(b);
  if (lineDelta !== 0) return lineDelta;
  const severity = SEVERITY_RANK[b.discrepancy.severity] - SEVERITY_RANK[a.discrepancy.severity]; // more severe first
  if (severity !== 0) return severity;
  return a.discrepancy.id < b.discrepancy.id ? -1 : a.discrepancy.id > b.discrepancy.id ? 1 : 0;
}

/** Places every finding on the page; findings come out in document order, whatever order came in. */
export function placeFindings(views: PairView[], discrepancies: Discrepancy[]): Placement {
  const byId = new Map(views.map((view) => [view.pair.id, view]));
  const jaLines = lineIndex(views, 'ja');
  const enLines = lineIndex(views, 'en');

  const pairOf = (discrepancy: Discrepancy): PairView | null => {
    if (discrepancy.pair && byId.has(discrepancy.pair)) return byId.get(discrepancy.pair) ?? null;
    const jaPairs = discrepancy.ja ? (jaLines.get(discrepancy.ja.lines[0]) ?? []) : [];
    const enPairs = discrepancy.en ? (enLines.get(discrepancy.en.lines[0]) ?? []) : [];
    const both = jaPairs.find((index) => enPairs.includes(index));
    const index = both ?? jaPairs[0] ?? enPairs[0];
    return index === undefined ? null : (views[index] ?? null);
  };

  interface Draft {
    discrepancy: Discrepancy;
    view: PairView | null;
    rowIndex: number;
    marks: Array<{ unit: Unit; span: Span; style: MarkStyle }>;
    marked: { ja: boolean; en: boolean };
  }

  const drafts: Draft[] = discrepancies.map((discrepancy) => {
    const view = pairOf(discrepancy);
    const draft: Draft = { discrepancy, view, rowIndex: view ? view.rows.length - 1 : 0, marks: [], marked: { ja: false, en: false } };
    if (!view) return draft;
    const rowsSeen: number[] = [];
    // findings about a value mark the value itself; a numbering finding marks the printed number
    const isStructure = discrepancy.kind === 'structure';
    const isValue =
      discrepancy.kind === 'number-mismatch' || discrepancy.kind === 'date-mismatch' || (isStructure && (discrepancy.expected !== undefined || discrepancy.found !== undefined));
    for (const lang of ['ja', 'en'] as const) {
      const side = discrepancy[lang];
      if (!side) continue;
      const located = locateSide(view, lang, side);
      for (const { rowIndex, unit, spans } of located) {
        rowsSeen.push(rowIndex);
        draft.marked[lang] = true;
        if (isValue) {
          // the values carry the mark; the sentence is only pointed at when its value is missing
          const found = valueMarks(unit, valueCandidates(lang === 'ja' ? discrepancy.expected : discrepancy.found));
          // a heading's number is the first one printed in it
          const values = isStructure ? found.sort((a, b) => a.start - b.start).slice(0, 1) : found;
          for (const span of values) draft.marks.push({ unit, span, style: 'value' });
          if (values.length > 0) continue;
        }
        for (const span of spans) {
          const style: MarkStyle = isValue || isCounterpart(discrepancy.kind, lang) ? 'context' : isWhole(unit, span) ? 'whole' : 'span';
          draft.marks.push({ unit, span, style });
        }
      }
    }
    // the card follows the row the Japanese side sits in, else the English one
    if (rowsSeen.length > 0) draft.rowIndex = rowsSeen[0] ?? draft.rowIndex;
    return draft;
  });

  const firstLine = (finding: PlacedFinding): number => finding.discrepancy.ja?.lines[0] ?? finding.discrepancy.en?.lines[0] ?? 0;
  const placed: Array<PlacedFinding & { draft: Draft }> = drafts.map((draft) => ({
    index: 0,
    discrepancy: draft.discrepancy,
    pairIndex: draft.view ? draft.view.index : null,
    rowIndex: draft.rowIndex,
    marked: draft.marked,
    draft,
  }));
  placed.sort((a, b) => documentOrder(a, b, firstLine));

  const marks = new Map<string, Mark[]>();
  const findings: PlacedFinding[] = placed.map((finding, index) => {
    for (const { unit, span, style } of finding.draft.marks) {
      const list = marks.get(unit.key) ?? [];
      list.push({ start: span.start, end: span.end, finding: index, style });
      marks.set(unit.key, list);
    }
    return { index, discrepancy: finding.discrepancy, pairIndex: finding.pairIndex, rowIndex: finding.rowIndex, marked: finding.marked };
  });
  return { findings, marks };
}
