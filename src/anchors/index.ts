// Document → Document with anchors (numbers, dates, names, quoted titles) and sentences filled in.
// Synchronous and dictionary-free: kuromoji lives in tokenizer.ts and is loaded only on demand.
import type { Anchor, Block, Document, Lang } from '../model.js';
import { type Candidate, toAnchor } from './candidate.js';
import { findDates } from './dates.js';
import { findDefinitions, findNames } from './names.js';
import { prepareText, sourceSpan } from './normalize.js';
import { findNumbers } from './numbers.js';
import { splitSentences } from './sentences.js';
import { findTitles } from './titles.js';

export { splitSentences } from './sentences.js';
export { joinQualifiers, splitQualifiers, QUALIFIERS, type Qualifier } from './qualifiers.js';

// When candidates overlap, the longer one is the more specific reading (令和7年度末まで over 7,
// SPring-8 over 8, Top10% over Top10); at equal length a date beats a name beats a number.
const RANK: Record<Candidate['type'], number> = { date: 0, skip: 0, name: 1, title: 1, number: 2 };

function resolveOverlaps(candidates: Candidate[]): Candidate[] {
  const order = candidates
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.end - b.c.start - (a.c.end - a.c.start) || RANK[a.c.type] - RANK[b.c.type] || a.i - b.i);
  const taken: Candidate[] = [];
  const used = new Uint8Array(Math.max(0, ...candidates.map((c) => c.end)) + 1);
  for (const { c } of order) {
    let free = true;
    for (let k = c.start; k < c.end && free; k++) if (used[k]) free = false;
    if (!free) continue;
    used.fill(1, c.start, c.end);
    taken.push(c);
  }
  return taken.filter((c) => c.type !== 'skip');
}

// Outline numbers at the start of a block ("1.", "(2)", "③") number the text; they count nothing.
const OUTLINE_PREFIX = /^\s*(?:[-・•*]\s*)*(?:\(\d{1,2}\)|\d{1,2}[.)](?!\d)|[\u2460-\u2473])\s*/u;

function compareAnchors(a: Anchor, b: Anchor): number {
  // code-unit order of the (ASCII) type names: the same as localeCompare, without loading ICU's collator
  return a.start - b.start || b.end - a.end || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0);
}

/**
 * Anchors of a block's normalised text (raw text works too: it is normalised here, and offsets
 * still refer to the text passed in). Numbers, dates and names never overlap; titles may contain them.
 */
export function extractAnchors(text: string, lang: Lang): Anchor[] {
  const prepared = prepareText(text, lang);
  const t = prepared.text;
  const outlineEnd = OUTLINE_PREFIX.exec(t)?.[0].length ?? 0;
  const resolved = resolveOverlaps([
    ...findDates(t, lang),
    ...findDefinitions(t, lang),
    ...findNames(t, lang),
    ...findNumbers(t, lang).filter((c) => c.start >= outlineEnd),
  ]);
  const titles = findTitles(t, lang);
  return [...resolved, ...titles]
    .map((c) => {
      const anchor = toAnchor(c, t);
      const [start, end] = sourceSpan(prepared, c.start, c.end);
      return { ...anchor, text: text.slice(start, end), start, end };
    })
    .sort(compareAnchors);
}

/** A table of contents ends each entry with its page number; that number is no anchor. */
function dropPageNumbers(block: Block, anchors: Anchor[]): Anchor[] {
  const lineEnds = new Set<number>([block.normalized.length]);
  for (const [offset] of block.lineMap ?? []) if (offset > 0) lineEnds.add(offset);
  return anchors.filter((a) => {
    if (a.type !== 'number' || a.qualifier || a.unit) return true;
    let k = a.end;
    while (k < block.normalized.length && /\s/u.test(block.normalized[k]!)) k++;
    const atLineEnd = lineEnds.has(k) || lineEnds.has(a.end);
    const afterLeader = /(?:\t|\.{2,}|…|\s{2,}|\.\s)\s*$/u.test(block.normalized.slice(Math.max(0, a.start - 4), a.start));
    return !(atLineEnd && afterLeader);
  });
}

export function annotateBlock(block: Block, lang: Lang): Block {
  let anchors = extractAnchors(block.normalized, lang);
  if (block.kind === 'toc') anchors = dropPageNumbers(block, anchors);
  return { ...block, anchors, sentences: splitSentences(block, lang, anchors) };
}

/** Fills every block's anchors and sentences. Pure: returns a new document. */
export function annotateDocument(document: Document): Document {
  return { ...document, blocks: document.blocks.map((block) => annotateBlock(block, document.lang)) };
}
