// A PDF page break leaves a blank line in the middle of a paragraph or bullet:
//   EN 35 "…the proliferation of disinformation and" / blank / 37 "misinformation, increasing…"
//   JA 67 "…視野に入れつつ、A I の" / blank / 69 "研究開発や活用の動向等を踏まえ…"
// The English conversion sometimes even turns the continuation into a list item ("- and we will
// promote…", "- capacity network…"). The evidence for a join: the line before the break does not
// end a sentence, and what follows is not a new bullet, heading or row (in English: starts lowercase).
// Each join is judged on the line right before the break, never on the block joined so far: once a
// block is long, every short unpunctuated row after it (lists, data rows, timelines) would join it.
import type { Lang } from '../model.js';
import { endsSentence } from './numbering.js';
import type { Unit } from './units.js';

const isBody = (unit: Unit) => unit.kind === 'paragraph' || unit.kind === 'bullet';

/** A page break falls at the bottom of a full page, so in English the line before it is a full line
 *  (hard-wrapped text fills 65–80 columns; an unwrapped paragraph is longer still). A shorter
 *  unfinished line ends a list row ("Saru no gozen (Kage-ryu school)"), a heading the converter left
 *  unmarked, or a paragraph. Japanese breaks anywhere, even after one character (「そ」/「の他」). */
const MIN_FULL_ENGLISH_LINE = 60;

/** A defined term or a list entry is shorter than this; a line a page break cut is longer. */
const MIN_LINE_BEFORE_LOWERCASE = 30;

/** "Mt." or "St." before the break ends an abbreviation, not a sentence. */
const ABBREVIATION_END = /(?:^|[\s(])(?:Mt|St|Dr|Mr|Mrs|Ms|No|Nos|vol|pp|ca|approx|e\.g|i\.e|cf)\.$/u;

/** A list row closed by its bracket: 「秋保の田植踊（1976年5月4日 宮城県）」, "(Refer to … Vow)". */
const CLOSING_BRACKET_END = /[)）」』】\]]\s*$/u;

/** A quotation's source after its closing 。 and a colon (「…おとづれもせぬ。：『古今和歌集』の壬生忠岑によるの冬歌」)
 *  ends its paragraph: no sentence starts with a colon, so the unpunctuated tail is not one a page break cut. */
const ATTRIBUTION_TAIL = /[。．][:：][^。．]*$/u;

/** Rows of a timeline or table look alike: they start with a date (「昭和20年6月30日　…」,
 *  "1096: …") or hold fields apart with a tab or an ideographic space (「史生　平安時代に新設」).
 *  Null for running text. */
function rowShape(line: string): 'date' | 'fields' | 'name' | null {
  const text = line.trim();
  if (/^(?:(?:明治|大正|昭和|平成|令和|[0-9０-９]{3,4})\s*(?:[0-9０-９元]{1,2}\s*)?年|[0-9]{3,4}(?:[:：\s–-]|$))/u.test(text)) return 'date';
  if (/\S[\t　]+\S/u.test(text)) return 'fields';
  if (NAME_THEN_COMMA.test(text)) return 'name';
  return null;
}

/** "Tanemichi AOYAMA, principal of…", "Kiyoshi WATANABE, recipient of…": a list of people or places. */
const NAME_THEN_COMMA = /^\p{Lu}[\p{L}'’.-]*(?: (?:\p{Lu}[\p{L}'’.-]*|no|de|von|van)){0,4},\s/u;

function unfinished(line: string): boolean {
  return !endsSentence(line) || ABBREVIATION_END.test(line.trim());
}

/**
 * The width a text was hard-wrapped at (the translation's paragraphs are wrapped at 80 columns),
 * or null when it was not. A wrapper breaks a line only where the next word would not fit: so the
 * width is the longest line that the next line of its block follows, and the text counts as
 * wrapped when (nearly) every such line leaves less room than the next line's first word needs.
 * One paragraph to a line (the seed's PDF conversion) shows no such width.
 */
export function wrapWidth(units: Unit[], sourceLines: string[]): number | null {
  const inner: Array<[string, string]> = [];
  for (const unit of units) {
    if (!isBody(unit)) continue;
    for (let k = 0; k + 1 < unit.lines.length; k++) {
      if (unit.lines[k + 1] === unit.lines[k]! + 1) inner.push([sourceLines[unit.lines[k]! - 1]!, sourceLines[unit.lines[k + 1]! - 1]!]);
    }
  }
  if (inner.length < MIN_WRAPPED_LINES) return null;
  const width = Math.max(...inner.map(([line]) => line.trimEnd().length));
  const broken = inner.filter(([line, next]) => !fitsOnLine(line, next, width)).length;
  return broken >= WRAPPED_SHARE * inner.length ? width : null;
}

/** Fewer lines than this are too few to tell a wrapping width from chance. */
const MIN_WRAPPED_LINES = 10;
/** A stray line (a table row, a verse) may break early. */
const WRAPPED_SHARE = 0.95;

/** Whether the first word of `next` would still have fit on `line` at this width. */
function fitsOnLine(line: string, next: string, width: number): boolean {
  const word = next.trim().split(/\s+/u)[0] ?? '';
  return line.trimEnd().length + 1 + word.length <= width;
}

/** `width`: the text's wrapping width (wrapWidth), where a line the next word would have fitted on ended its block. */
export function continuesAfterBreak(previous: Unit, next: Unit, lang: Lang, width: number | null = null, sourceLines: string[] = []): boolean {
  if (!isBody(previous) || !isBody(next)) return false;
  if (next.marker === 'bullet') return false;
  if (width !== null) {
    const lastLine = sourceLines[previous.lines[previous.lines.length - 1]! - 1];
    const firstLine = sourceLines[next.lines[0]! - 1];
    if (lastLine !== undefined && firstLine !== undefined && fitsOnLine(lastLine, firstLine, width)) return false;
  }
  const last = previous.contents[previous.contents.length - 1] ?? '';
  const first = next.contents[0] ?? '';
  if (next.marker === 'dash') return lang === 'en' && unfinished(last) && /^\p{Ll}/u.test(first);
  return runsOnAfterBreak(last, first, lang, previous.contents[0], next.contents[next.contents.length - 1]);
}

/** Whether the text of `first` continues `last` across a blank line, judged on the two lines alone;
 *  `rowStart` is the first line of the row `last` ends, when a table row wrapped; `end` the last
 *  line of the block `first` opens. */
export function runsOnAfterBreak(last: string, first: string, lang: Lang, rowStart = last, end = first): boolean {
  // A sentence never starts in lowercase, so an English lowercase start continues even after "etc.";
  // but a short line is a term the next line defines ("Hige danshaku" / "a Japanese comic duo…").
  if (lang === 'en' && /^\p{Ll}/u.test(first)) return last.trim().length >= MIN_LINE_BEFORE_LOWERCASE;
  if (!unfinished(last) || CLOSING_BRACKET_END.test(last)) return false;
  if (lang === 'ja' && ATTRIBUTION_TAIL.test(last)) return false;
  // A row of a list, table or timeline ends where its line ends, unless the text plainly runs on.
  const shape = rowShape(rowStart);
  const row = shape !== null && (shape !== 'name' || rowShape(first) === 'name');
  if (lang === 'en') return !row && last.trim().length >= MIN_FULL_ENGLISH_LINE;
  return japaneseRunsOn(last.trim(), first.trim()) || (!row && last.trim().length >= MIN_JAPANESE_RUNNING_LINE && endsSentence(end.trim()));
}

/** Japanese has no line length to go by (a break may leave one character: 「そ」/「の他」), and a short
 *  unpunctuated line is as often a term or unnumbered heading over its text (「中将」/「左右に各1～4名。…」).
 *  So a line shorter than this joins only on plain evidence that the text runs on. A longer one
 *  joins when the block after the break ends a sentence, as the rest of a paragraph of running text
 *  does: unpunctuated lines on both sides are entries of a list (「阪神高速道路…出入口」/「名所・旧跡…」),
 *  or a paragraph that lacks its 。 over a name (「…多く利用する」/「吉野山旅館組合」). */
const MIN_JAPANESE_RUNNING_LINE = 20;

/** Hiragana that opens a Japanese sentence (conjunctions, demonstratives). */
const SENTENCE_OPENERS = ['この', 'その', 'あの', 'どの', 'これ', 'それ', 'あれ', 'ここ', 'そこ', 'こう', 'そう', 'また', 'なお', 'さらに', 'しかし', 'しかも', 'ただ', 'すなわち', 'つまり', 'ところ', 'そして', 'まず', 'ほか', 'ちなみに', 'いわゆる', 'および', 'もっとも', 'もし', 'やがて', 'いずれ', 'かつて', 'なぜ', 'いま', 'いっ'];
/** What starts no word: punctuation, a small kana, a particle or an inflection ending (「の他」,
 *  「る。」, 「、平安」, 「に悪影響」). 「み吉野」 or 「そ」 alone could start one. */
const CONTINUATION_START = /^[、。，．・ー）」』ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮんのにをはがでとやもへるうくすついたれらりか]/u;

function continuationStart(first: string): boolean {
  if (!CONTINUATION_START.test(first)) return false;
  // 「ただし」 opens a sentence; a line that is only the start of an opener (「そ」) proves nothing.
  return !SENTENCE_OPENERS.some((opener) => first.startsWith(opener) || opener.startsWith(first));
}

/** A bracket left open, a number cut in two, or a next line that cannot start a paragraph. */
function japaneseRunsOn(last: string, first: string): boolean {
  if (unclosedBracket(last)) return true;
  if (/[0-9０-９]$/u.test(last) && /^[0-9０-９年月日時分号番]/u.test(first)) return true;
  return continuationStart(first);
}

function unclosedBracket(text: string): boolean {
  const opens = (text.match(/[（(「『【［\[]/gu) ?? []).length;
  const closes = (text.match(/[）)」』】］\]]/gu) ?? []).length;
  return opens > closes;
}

/** Merges every unit that continues the previous one across a page break (or hard wrap). */
export function joinPageBreaks(units: Unit[], lang: Lang, sourceLines: string[] = []): Unit[] {
  const width = lang === 'en' ? wrapWidth(units, sourceLines) : null;
  const out: Unit[] = [];
  for (const unit of units) {
    const previous = out[out.length - 1];
    if (previous && continuesAfterBreak(previous, unit, lang, width, sourceLines)) {
      out[out.length - 1] = {
        ...previous,
        lines: [...previous.lines, ...unit.lines],
        contents: [...previous.contents, ...unit.contents],
      };
    } else {
      out.push(unit);
    }
  }
  return out;
}
