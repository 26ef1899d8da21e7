// Alignment → what the page shows: each pair as rows (its sentence pairs, or its blocks when the
// aligner paired no sentences), each row holding the text units of both sides.
import type { Anchor, Block, BlockKind, Lang, LineRange, Pair, PairType, Sentence, SentencePair } from '../model.js';
import { findAll, type Skeleton, type Span, skeletonOf } from './locate.js';

/** One piece of text shown on one side: a sentence, or a whole block. */
export interface Unit {
  key: string; // 'ja:b12.3' — unique in the report
  lang: Lang;
  blockKind: BlockKind;
  isBlock: boolean; // a whole block, shown as its own paragraph
  raw: string;
  normalized: string;
  anchors: Anchor[]; // offsets in `normalized`
  lines: LineRange;
  /** The block the unit shows or lies in, and where the unit starts in that block's normalised text:
   *  what a finding's side points at (its blocks, sentence and span). */
  block: string;
  offset: number;
  /** Spans of `raw` not shown: list and heading markers (drawn by CSS instead), markdown emphasis. */
  hidden: Span[];
  /** Computed when first read: only units a finding is looked for in need it, and the skeletons
   *  of every unit (an array entry per character) would be the page's largest memory cost. */
  readonly skeleton: Skeleton;
}

function withSkeleton(unit: Omit<Unit, 'skeleton'>, source: () => string = () => unit.raw): Unit {
  let skeleton: Skeleton | undefined;
  return Object.defineProperty(unit, 'skeleton', { enumerable: true, get: () => (skeleton ??= skeletonOf(source())) }) as Unit;
}

export interface Row {
  type: PairType;
  score: number;
  ja: Unit[];
  en: Unit[];
  /** The sentence pair the row shows; absent for a row of whole blocks. */
  sentencePair?: SentencePair;
}

export interface PairView {
  pair: Pair;
  index: number;
  /** Computed when first read and kept with the view: a view that is let go takes its rows (and
   *  their units' skeletons) with it, so the page holds the rows of the pair it is writing only. */
  readonly rows: Row[];
  /** Section ids opened by heading blocks of this pair, per side. */
  opens: { ja: string | null; en: string | null };
}

// At the start of a block: a markdown heading marker, a list marker, the '・' or '•' the PDF kept.
const LEADING_MARKER = /^\s*(?:#{1,6}\s+)?(?:[-*+]\s+)?(?:[・•●◦▪]\s*)?/u;
// Markdown emphasis in the English: '**bold**', '*Mirai II*'.
const EMPHASIS = /\*\*|(?<![\w*])\*(?=[^\s*])[^*\n]*?[^\s*]\*(?![\w*])/gu;

/** What of a unit's raw text is markup rather than text. */
function hiddenSpans(raw: string, isFirst: boolean): Span[] {
  const spans: Span[] = [];
  const leading = isFirst ? (LEADING_MARKER.exec(raw)?.[0].length ?? 0) : 0;
  if (leading > 0) spans.push({ start: 0, end: leading });
  for (const match of raw.matchAll(EMPHASIS)) {
    const at = match.index ?? 0;
    if (at < leading) continue;
    if (match[0] === '**') spans.push({ start: at, end: at + 2 });
    else spans.push({ start: at, end: at + 1 }, { start: at + match[0].length - 1, end: at + match[0].length });
  }
  return spans;
}

/** The text of a span of the unit as the reader sees it: markup left out. */
export function shownText(unit: Unit, span: Span = { start: 0, end: unit.raw.length }): string {
  let text = '';
  for (let at = span.start; at < span.end; at += 1) {
    if (!unit.hidden.some((hidden) => at >= hidden.start && at < hidden.end)) text += unit.raw[at] ?? '';
  }
  return text;
}

/**
 * A sentence's anchors relative to the sentence. The model keeps anchor offsets in the block's
 * normalised text; tolerate sentence-relative ones too, and drop an anchor found at neither.
 */
function sentenceAnchors(sentence: Sentence, block: Block): Anchor[] {
  const anchors: Anchor[] = [];
  for (const anchor of sentence.anchors) {
    if (block.normalized.slice(anchor.start, anchor.end) === anchor.text && anchor.start >= sentence.start) {
      const start = anchor.start - sentence.start;
      if (sentence.normalized.slice(start, start + anchor.text.length) === anchor.text) {
        anchors.push({ ...anchor, start, end: start + anchor.text.length });
        continue;
      }
    }
    if (sentence.normalized.slice(anchor.start, anchor.end) === anchor.text) {
      anchors.push(anchor);
      continue;
    }
    const at = sentence.normalized.indexOf(anchor.text);
    if (at >= 0) anchors.push({ ...anchor, start: at, end: at + anchor.text.length });
  }
  return anchors;
}

/**
 * How much of a block's raw text comes before its normalised text: the list marker or heading
 * number ('- ・', '② ', '## 2 ') that parsing keeps apart. The page shows the number, so the
 * reviewer sees what a numbering finding is about; offsets in the normalised text map past it.
 */
function leadLength(raw: string, normalized: string): number {
  const head = normalized.slice(0, 8);
  return head.trim() === '' ? 0 : (findAll(skeletonOf(raw), head)[0]?.start ?? 0);
}

function blockUnit(lang: Lang, block: Block): Unit {
  return withSkeleton(
    {
      key: `${lang}:${block.id}`,
      lang,
      blockKind: block.kind,
      isBlock: true,
      raw: block.text,
      normalized: block.normalized,
      anchors: block.anchors,
      lines: block.lines,
      block: block.id,
      offset: 0,
      hidden: hiddenSpans(block.text, true),
    },
    // the lead blanked out, so that skeleton positions line up with the normalised text
    () => {
      const lead = leadLength(block.text, block.normalized);
      return ' '.repeat(lead) + block.text.slice(lead);
    },
  );
}

function sentenceUnit(lang: Lang, sentence: Sentence, block: Block | undefined): Unit {
  const kind = block?.kind ?? 'paragraph';
  const isFirst = block?.sentences?.[0]?.id === sentence.id;
  return withSkeleton({
    key: `${lang}:${sentence.id}`,
    lang,
    blockKind: kind,
    isBlock: false,
    raw: sentence.text,
    normalized: sentence.normalized,
    anchors: block ? sentenceAnchors(sentence, block) : sentence.anchors,
    lines: sentence.lines,
    block: block?.id ?? sentence.id.replace(/\.\d+$/u, ''),
    offset: sentence.start,
    hidden: hiddenSpans(sentence.text, isFirst),
  });
}

/** The block a sentence belongs to: its id is '<block id>.<n>'; fall back to line overlap. */
function blockOfSentence(sentence: Sentence, blocks: Block[]): Block | undefined {
  const blockId = sentence.id.replace(/\.\d+$/u, '');
  return (
    blocks.find((block) => block.id === blockId) ??
    blocks.find((block) => block.lines[0] <= sentence.lines[1] && sentence.lines[0] <= block.lines[1])
  );
}

/** Do the sentence pairs show every sentence of the pair's blocks? If not, rows of sentences would lose text. */
function sentencesCoverBlocks(pair: Pair): boolean {
  const shown = new Set(pair.sentences.flatMap((sentencePair) => [...sentencePair.ja, ...sentencePair.en].map((sentence) => sentence.id)));
  const all = [...pair.ja, ...pair.en].flatMap((block) => block.sentences ?? []);
  return all.length > 0 && all.every((sentence) => shown.has(sentence.id));
}

/** A pair of headings (or titles) only: shown as its blocks, with their numbers, rather than as sentences. */
function isHeadingPair(pair: Pair): boolean {
  return [...pair.ja, ...pair.en].every((block) => block.kind === 'heading' || block.kind === 'title');
}

function rowsOf(pair: Pair): Row[] {
  if (pair.sentences.length === 0 || !sentencesCoverBlocks(pair) || isHeadingPair(pair)) {
    return [
      {
        type: pair.type,
        score: pair.score,
        ja: pair.ja.map((block) => blockUnit('ja', block)),
        en: pair.en.map((block) => blockUnit('en', block)),
      },
    ];
  }
  return pair.sentences.map((sentencePair) => ({
    type: sentencePair.type,
    score: sentencePair.score,
    ja: sentencePair.ja.map((sentence) => sentenceUnit('ja', sentence, blockOfSentence(sentence, pair.ja))),
    en: sentencePair.en.map((sentence) => sentenceUnit('en', sentence, blockOfSentence(sentence, pair.en))),
    sentencePair,
  }));
}

function openedSection(blocks: Block[]): string | null {
  return blocks.find((block) => block.kind === 'heading' && block.opens)?.opens ?? null;
}

export function pairView(pair: Pair, index: number): PairView {
  let rows: Row[] | undefined;
  return {
    pair,
    index,
    get rows() {
      return (rows ??= rowsOf(pair));
    },
    opens: { ja: openedSection(pair.ja), en: openedSection(pair.en) },
  };
}

export function pairViews(pairs: Pair[]): PairView[] {
  return pairs.map(pairView);
}

/** First and last line of a group of units, or null when the side is empty. */
export function linesOf(units: Unit[]): LineRange | null {
  if (units.length === 0) return null;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const unit of units) {
    first = Math.min(first, unit.lines[0]);
    last = Math.max(last, unit.lines[1]);
  }
  return [first, last];
}
