// The numbering scheme of Japanese government strategies, which fixes the outline level in both
// languages (the English markdown's `#` depth does not): "1." chapter, "(1)" section, "①" item,
// a whole line in parentheses "(Promotion of AI Utilization)" a topic heading.
// Patterns read folded text (NFKC except enclosed numbers, white space collapsed; see pdf-repair.ts).

export type HeadingKind = 'chapter' | 'section' | 'item' | 'topic';

export const LEVEL: Record<HeadingKind, number> = { chapter: 1, section: 2, item: 3, topic: 4 };

/** Longest line still read as a numbered heading; longer ones are prose that happens to start "1.". */
export const MAX_HEADING_LENGTH = 200;
/** The same for Japanese, which says as much in under half the characters: the longest real heading
 *  of the seeds and the dev corpus, a seed heading with its topic in brackets, has 68; a longer
 *  "heading" is a numbered verse or list row run together ("46.ふたたび渡る紀の川の…47.…"). */
export const MAX_JA_HEADING_LENGTH = 100;

export interface HeadingMatch {
  kind: HeadingKind;
  /** Numeric value of the marker (3 for "3.", "(3)", "③"); null for topic headings. */
  value: number | null;
  /** The marker as printed, folded: "1.", "(1)", "①", "1" (English bare digit); null when none. */
  printed: string | null;
  /** Heading text without marker (topic headings: without their parentheses), folded. */
  title: string;
  /** A topic heading printed on the same line after the title: "① … （…の実現）". */
  topic?: string;
}

const CIRCLED_RANGES: Array<[first: number, count: number, from: number]> = [
  [0x2460, 20, 1], // ①–⑳
  [0x3251, 15, 21], // ㉑–㉟
  [0x32b1, 15, 36], // ㊱–㊿
  [0x2776, 10, 1], // ❶–❿
  [0x2780, 10, 1], // ➀–➉
  [0x278a, 10, 1], // ➊–➓
];

/** ① for 1, … ㊿ for 50: the normalised form of an item number. */
export function circled(n: number): string {
  if (n >= 1 && n <= 20) return String.fromCodePoint(0x2460 + n - 1);
  if (n >= 21 && n <= 35) return String.fromCodePoint(0x3251 + n - 21);
  if (n >= 36 && n <= 50) return String.fromCodePoint(0x32b1 + n - 36);
  return `(${n})`;
}

export function circledValue(ch: string): number | null {
  const c = ch.codePointAt(0)!;
  for (const [first, count, from] of CIRCLED_RANGES) if (c >= first && c < first + count) return from + c - first;
  return null;
}

/** "⑴"–"⒇": parenthesised digits as one character, a section marker like "(1)". */
function parenthesisedDigitValue(ch: string): number | null {
  const c = ch.codePointAt(0)!;
  return c >= 0x2474 && c <= 0x2487 ? c - 0x2473 : null;
}

const CLOSERS: Record<string, string> = { '(': ')', '【': '】' };

/** Index of the bracket closing the one at `start`, or -1. */
export function closingBracket(text: string, start: number): number {
  const open = text[start];
  const close = open ? CLOSERS[open] : undefined;
  if (!open || !close) return -1;
  let depth = 0;
  for (let i = start; i < text.length; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return i;
  }
  return -1;
}

/** "(Promotion of AI Utilization)" → "Promotion of AI Utilization"; null unless ONE bracket pair
 *  spans the whole text and holds words, not a bare number like "(1)". */
export function wholeBracketed(text: string): string | null {
  if (text.length < 3 || closingBracket(text, 0) !== text.length - 1) return null;
  const inner = text.slice(1, -1).trim();
  // "(以上)" is the closing mark of a Japanese document ("end"), not a heading
  return inner === '' || /^\d+$/.test(inner) || /^(以上|end)$/iu.test(inner) ? null : inner;
}

/** A topic heading after the title, separated by a space: "強化 （大学ファンドを通じた…の実現）".
 *  Short tails such as "(e-CSTI)" are part of the title, not a second heading. */
function trailingTopic(title: string): { title: string; topic: string } | null {
  if (!title.endsWith(')')) return null;
  for (let i = title.length - 2; i > 0; i--) {
    if (title[i] !== '(' || title[i - 1] !== ' ') continue;
    if (closingBracket(title, i) !== title.length - 1) continue;
    const head = title.slice(0, i - 1).trim();
    const topic = title.slice(i + 1, -1).trim();
    return head.length >= 8 && topic.length >= 8 ? { title: head, topic } : null;
  }
  return null;
}

function numbered(kind: Exclude<HeadingKind, 'topic'>, value: number, printed: string, rest: string): HeadingMatch | null {
  const title = rest.trim();
  if (title === '') return null;
  const second = trailingTopic(title);
  return second ? { kind, value, printed, title: second.title, topic: second.topic } : { kind, value, printed, title };
}

/** Heading text without its number; a second heading on the line stays in its parentheses. */
export function headingText(heading: HeadingMatch): string {
  return heading.topic ? `${heading.title} (${heading.topic})` : heading.title;
}

export interface ClassifyOptions {
  /** "## 1 Thorough Support…": in an English markdown heading a bare digit is an item whose circled
   *  number the PDF conversion lost. Off for body lines, where "1 trillion yen…" is prose. */
  bareDigitItems?: boolean;
}

/** Reads the numbering of a (folded, marker-free) line; null when it is not a heading form. */
export function classifyHeading(folded: string, options: ClassifyOptions = {}): HeadingMatch | null {
  const text = folded.trim();
  if (text === '') return null;
  const topic = wholeBracketed(text);
  if (topic !== null) return { kind: 'topic', value: null, printed: null, title: topic };

  let m = /^(\d{1,2})\.(?!\d)\s*(.+)$/u.exec(text);
  if (m) return numbered('chapter', Number(m[1]), `${Number(m[1])}.`, m[2]!);
  m = /^\((\d{1,2})\)\s*(.+)$/u.exec(text);
  if (m) return numbered('section', Number(m[1]), `(${Number(m[1])})`, m[2]!);

  const first = String.fromCodePoint(text.codePointAt(0)!);
  const rest = text.slice(first.length);
  const item = circledValue(first);
  if (item !== null) return numbered('item', item, circled(item), rest);
  const section = parenthesisedDigitValue(first);
  if (section !== null) return numbered('section', section, `(${section})`, rest);

  if (options.bareDigitItems) {
    m = /^(\d{1,2})\s+(\p{L}.*)$/u.exec(text);
    if (m) return numbered('item', Number(m[1]), m[1]!, m[2]!);
  }
  return null;
}

const TRAILING_CLOSERS = /[\s\u0085\u00ad\u200b\u2060\ufeff)）」』】"'”’\]]+$/u;

/** Whether a line ends a sentence (。．.!?:; and their full-width forms, before closing brackets
 *  or quotes). A block whose last line does not may continue after a page break. */
export function endsSentence(text: string): boolean {
  const stripped = text.replace(TRAILING_CLOSERS, '');
  return /[。．.!?！？:;：；]$/u.test(stripped);
}

export type LineMarker = 'bullet' | 'dash' | null;

/**
 * Splits a list marker off a line: "- ・ …" and "• …" are bullets; a bare markdown "- " is a dash,
 * which the English PDF conversion also puts before continuation lines ("- and we will promote…").
 */
export function splitMarker(line: string): { marker: LineMarker; content: string } {
  const bullet = /^\s*(?:[-*+]\s+)?[・•●○◯◦‣▪■□◆◇]\s*/u.exec(line);
  if (bullet) return { marker: 'bullet', content: line.slice(bullet[0].length).trim() };
  const dash = /^\s*[-*+](?:\s+|$)/u.exec(line);
  if (dash) return { marker: 'dash', content: line.slice(dash[0].length).trim() };
  return { marker: null, content: line.trim() };
}
