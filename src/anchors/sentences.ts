// Sentences of a block's normalised text. Japanese ends a sentence at 。！？ outside brackets, so
// （以下「ISS」という。） stays inside its sentence, and after each quote of a run of quoted
// sentences. English ends one at . ? ! followed by a capital (or a Japanese word it quotes),
// except after abbreviations (No., Mt., approx., e.g., i.e., initials) and inside brackets; "etc." ends a
// sentence when a capital follows (in the seed it always does), "U.S." only when a word that
// usually opens a sentence follows ("Japan-U.S. Joint Leaders' Statement" is one sentence).
// Text a PDF conversion ran together is cut where the sentences were: numbered verses on one
// Japanese line, an English sentence joined to the next with no full stop.
import type { Anchor, Block, Lang, LineRange, Sentence } from '../model.js';
import { isStopWord } from '../lexicon/english.js';
import { bracketDepth } from './brackets.js';

export interface Span {
  start: number;
  end: number;
}

const CLOSING = /[)\]}」』】〕〉》”’"']/u;

function trimmedSpan(text: string, start: number, end: number): Span | null {
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return end > start ? { start, end } : null;
}

function japaneseEnds(text: string, depth: Int32Array): number[] {
  const ends: number[] = [];
  for (const m of text.matchAll(/[。！？!?]+/gu)) if (depth[m.index] === 0) ends.push(m.index + m[0].length);
  // A run of quoted sentences, 「…。」「…。」, is one sentence per quote, as a translation renders
  // it; a quote that the sentence goes on after (「…。」と述べた。) is not cut off.
  for (const m of text.matchAll(/[。！？!?][」』](?=\s*(?:[「『]|$))/gu)) if (depth[m.index + 1] === 0) ends.push(m.index + 2);
  ends.push(...verseStarts(text, depth));
  return ends.sort((a, b) => a - b);
}

/** Numbered verses run together on one line, 46.ふたたび…47.あわれ…48.夕べ…, have no 。: each
 *  number starts a sentence, as the translation numbers its verses. Only a run of consecutive
 *  numbers counts, so a lone reference (「1.の姉小路家」) stays inside its sentence. */
function verseStarts(text: string, depth: Int32Array): number[] {
  const numbers = [...text.matchAll(/(?<![\d.．])(\d+)[.．](?=[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])/gu)].filter((m) => depth[m.index] === 0);
  const starts = new Set<number>();
  for (let i = 1; i < numbers.length; i++) {
    if (Number(numbers[i]![1]) !== Number(numbers[i - 1]![1]) + 1) continue;
    starts.add(numbers[i - 1]!.index).add(numbers[i]!.index);
  }
  return [...starts];
}

/** Never end a sentence: the word before the dot is one of these (lower-cased). */
const ABBREVIATIONS = new Set([
  'no', 'nos', 'mt', 'mts', 'approx', 'e.g', 'i.e', 'eg', 'ie', 'cf', 'vs', 'viz', 'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'fig',
  'figs', 'vol', 'vols', 'art', 'arts', 'para', 'paras', 'pp', 'p', 'ch', 'sec', 'ref', 'refs', 'ed', 'eds', 'est',
  'dept', 'govt', 'incl', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Words that usually open a sentence: after "U.S." or "Inc." they mean a new one starts. */
const SENTENCE_OPENERS = new Set([
  'The', 'This', 'These', 'That', 'Those', 'We', 'It', 'In', 'As', 'For', 'To', 'Based', 'Furthermore', 'Moreover',
  'Also', 'Specifically', 'Given', 'With', 'At', 'On', 'By', 'From', 'Through', 'However', 'Therefore', 'Thus',
  'Japan', 'Such', 'There', 'Since', 'While', 'Although', 'Under', 'Regarding', 'Going',
]);

/** Straight-quoted passages, "…", that the sentence goes on after ('"Look … admired. Great men,
 *  look over Yoshino well" ("Manyoshu") is a famous poem.'): a full stop inside one ends nothing.
 *  Curly quotes are brackets already (brackets.ts); a straight quote opens after a space or a
 *  bracket and closes before one, so pairs are found left to right. */
function continuedQuotes(text: string): Span[] {
  const spans: Span[] = [];
  let open = -1;
  for (const m of text.matchAll(/"/gu)) {
    const at = m.index;
    const before = text[at - 1];
    const after = text[at + 1];
    const opens = (before === undefined || /[\s(\[{]/u.test(before)) && after !== undefined && !/\s/u.test(after);
    if (open < 0) {
      if (opens) open = at;
      continue;
    }
    if (/^\s*[a-z(\[,;:]/u.test(text.slice(at + 1, at + 4))) spans.push({ start: open, end: at });
    open = -1;
  }
  return spans;
}

/** A capitalised article or pronoun after a word, a lower-case word after it. */
const JOINED_OPENER = /\b([A-Za-z]+) (The|An|A|He|She|It|They|We|There|This|These|Those|His|Her|Its|Their) (?=[a-z])/gu;
/** "Class A war criminals", "Type A": the letter A as a label, not the article. */
const LETTER_LABELS = new Set(['class', 'type', 'grade', 'group', 'plan', 'category', 'level', 'rank', 'part', 'vitamin']);

/**
 * Sentences a PDF conversion joined with no full stop between: "A breed of potato The name
 * Danshaku imo comes from …", "… Navy Medical Service The founder of …". A capitalised article or
 * pronoun with a lower-case word after it, right after a content word, starts a sentence; after a
 * function word ("based on The New …") or a verb that introduces a title ("called The …") it is
 * part of a name.
 */
function joinedSentenceStarts(text: string, depth: Int32Array, quoted: Span[]): number[] {
  const starts: number[] = [];
  for (const m of text.matchAll(JOINED_OPENER)) {
    const start = m.index + m[1]!.length + 1;
    const previous = m[1]!.toLowerCase();
    if (depth[start]! > 0 || quoted.some((q) => q.start < start && start < q.end)) continue;
    if (isStopWord(previous) || previous.endsWith('ed')) continue;
    if (m[2] === 'A' && LETTER_LABELS.has(previous)) continue;
    starts.push(start);
  }
  return starts;
}

/** A verse or list number that opens a sentence ("spring. 47. In the place …") is not a sentence. */
const isSentenceNumber = (text: string, from: number, at: number) => /^\s*\d+$/u.test(text.slice(from, at));

function englishEnds(text: string, depth: Int32Array): number[] {
  const ends: number[] = [];
  const quoted = continuedQuotes(text);
  const boundary = /[.?!]+/gu;
  for (const m of text.matchAll(boundary)) {
    const at = m.index;
    if (depth[at]! > 0) continue;
    if (quoted.some((q) => q.start < at && at < q.end)) continue;
    if (m[0] === '.' && isSentenceNumber(text, ends[ends.length - 1] ?? 0, at)) continue;
    let end = at + m[0].length;
    while (end < text.length && CLOSING.test(text[end]!)) end++;
    const rest = text.slice(end, end + 40);
    // a Japanese word the English quotes opens a sentence too ("… in June 671. 栗前王 and 栗隈王 are …")
    const next = /^\s+(?<word>["“'‘(\[]?[A-Z0-9\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}][\w.'’-]*)/u.exec(rest);
    if (end < text.length && !next) continue; // "5.0", "etc., and", "approx. 30"
    if (m[0] === '.' && next) {
      // the word before the dot, also after an opening quote ("the section titled 'Mt. Yoshino and Art.'")
      const word = /(?:^|[\s(\["“'‘-])([A-Za-z][A-Za-z.]*)$/u.exec(text.slice(Math.max(0, at - 12), at))?.[1] ?? '';
      const lower = word.toLowerCase();
      if (ABBREVIATIONS.has(lower)) continue;
      if (/^[A-Z]$/.test(word)) continue; // initials: J. Smith
      const nextWord = next.groups!.word!.replace(/^["“'‘(\[]/u, '').replace(/[.,;:]+$/u, '');
      if (/^(?:[A-Za-z]\.)+[A-Za-z]$/.test(word) || /^(?:inc|ltd|co|corp|jr)$/.test(lower)) {
        if (!SENTENCE_OPENERS.has(nextWord)) continue; // U.S. Joint Statement
      }
    }
    ends.push(end);
  }
  ends.push(...joinedSentenceStarts(text, depth, quoted));
  return ends.sort((a, b) => a - b);
}

/** Sentence spans of a normalised text, trimmed of surrounding white space. */
export function sentenceSpans(text: string, lang: Lang): Span[] {
  const depth = bracketDepth(text);
  const ends = lang === 'ja' ? japaneseEnds(text, depth) : englishEnds(text, depth);
  const spans: Span[] = [];
  let start = 0;
  for (const end of [...ends, text.length]) {
    if (end <= start) continue;
    const span = trimmedSpan(text, start, end);
    if (span) spans.push(span);
    start = end;
  }
  return spans;
}

/** The file line of a character of the block's normalised text, from the block's lineMap. */
export function lineAt(block: Pick<Block, 'lineMap' | 'lines'>, offset: number): number {
  const map = block.lineMap;
  if (!map || map.length === 0) return block.lines[0];
  let lo = 0;
  let hi = map.length - 1;
  if (offset < map[0]![0]) return map[0]![1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (map[mid]![0] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return map[lo]![1];
}

/** The anchors inside [start, end), with offsets made relative to `start`. */
export function anchorsWithin(anchors: Anchor[], start: number, end: number): Anchor[] {
  return anchors
    .filter((a) => a.start >= start && a.end <= end)
    .map((a) => ({ ...a, start: a.start - start, end: a.end - start }));
}

/**
 * Sentences of a block. `text` is the sentence's normalised text: the parse stage keeps no
 * character map from normalised to raw text, so the raw wording of a sentence cannot be cut out
 * exactly. Anchor offsets are relative to the sentence.
 */
export function splitSentences(block: Block, lang: Lang, anchors: Anchor[] = block.anchors ?? []): Sentence[] {
  return sentenceSpans(block.normalized, lang).map(({ start, end }, i) => {
    const text = block.normalized.slice(start, end);
    const lines: LineRange = [lineAt(block, start), lineAt(block, end - 1)];
    return { id: `${block.id}.${i + 1}`, start, end, lines, text, normalized: text, anchors: anchorsWithin(anchors, start, end) };
  });
}
