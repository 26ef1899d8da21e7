// Text for matching. PDF extraction spaces out letters and digits ("A I", "令和 7 年", "閣 議 決 定",
// "S P r i n g - 8"); NFKC folds full-width forms. Raw text stays untouched elsewhere: these functions
// only produce the `normalized` side.
import type { Lang } from '../model.js';
import { ENCLOSED_NUMBER as ENCLOSED_NUMBER_CHAR, takesNoSpaceInJapanese } from '../text/script.js';

/** Circled and parenthesised numbers (①, ⑴, ❶, ㉑ …). NFKC would turn ① into 1 and lose the item
 *  marker the outline and the aligner rely on, so they pass through unchanged. */
const ENCLOSED_NUMBER = new RegExp(ENCLOSED_NUMBER_CHAR.source, 'gu');

/** Characters a PDF extraction leaves that mean nothing for matching: soft hyphens, zero-width
 *  spaces and joiners, stray BOMs. NEL (U+0085) is a line break JavaScript's \s does not know. */
const INVISIBLE = /[\u00ad\u200b\u2060\ufeff]/gu;
const EXTRA_SPACE = /\u0085/gu;

export function withoutInvisibles(text: string): string {
  return text.replace(INVISIBLE, '').replace(EXTRA_SPACE, ' ');
}

export function nfkcKeepingCircled(text: string): string {
  let out = '';
  let last = 0;
  for (const match of text.matchAll(ENCLOSED_NUMBER)) {
    out += text.slice(last, match.index).normalize('NFKC') + match[0];
    last = match.index + match[0].length;
  }
  return out + text.slice(last).normalize('NFKC');
}


const FRAGMENT = /^[A-Za-z0-9\-/&+.()'"]+$/;

/** The part of a space-separated token next to the space, cut at the first CJK character. */
function latinEdge(token: string, side: 'end' | 'start'): string {
  const chars = [...token];
  const edge: string[] = [];
  if (side === 'end') {
    for (let i = chars.length - 1; i >= 0 && !takesNoSpaceInJapanese(chars[i]); i--) edge.unshift(chars[i]!);
  } else {
    for (let i = 0; i < chars.length && !takesNoSpaceInJapanese(chars[i]); i++) edge.push(chars[i]!);
  }
  return edge.join('');
}

/** A spaced-out fragment: one letter, digit or joiner, with at most a bracket on ONE side
 *  ("A", "(A", "M)", "-"); "(1)" is a complete token, not a fragment. */
function isSingle(edge: string): boolean {
  const core = edge.replace(/^[("'[]/, '').replace(/[)"'\]]$/, '');
  if (core.length !== 1) return false;
  return !(edge.startsWith('(') && edge.endsWith(')'));
}

/** Letters, digits and joiners with no two lowercase letters in a row: "SBI", "MD)", "G-Q", but not
 *  "Program" — so "K Program" keeps its space while "SBI R" becomes "SBIR". */
function isFragmentLike(edge: string): boolean {
  return FRAGMENT.test(edge) && !/[a-z]{2}/.test(edge);
}

function joinsJapanese(left: string, right: string): boolean {
  const l = latinEdge(left, 'end');
  const r = latinEdge(right, 'start');
  if (l === '' || r === '') return true; // a CJK character touches the space
  return (isSingle(l) || isSingle(r)) && isFragmentLike(l) && isFragmentLike(r);
}

/** English is stricter, since "a" and "I" are words: only spaced capitals, digits and joiners whose
 *  every neighbour is a single character ("R & D" → "R&D"). */
function joinsEnglish(left: string, right: string): boolean {
  const l = left.slice(-1);
  const r = right.slice(0, 1);
  if (left.length !== 1 || right.length !== 1) return false;
  const joiner = /[&/+-]/;
  const capitalOrDigit = /[A-Z0-9]/;
  if (joiner.test(l) && joiner.test(r)) return false;
  if (joiner.test(l) || joiner.test(r)) return (capitalOrDigit.test(l) || joiner.test(l)) && (capitalOrDigit.test(r) || joiner.test(r));
  return /[A-Z]/.test(l) && /[A-Z]/.test(r);
}

/** Removes the spaces a PDF put inside words; collapses all other white space to one space. */
export function repairSpacing(text: string, lang: Lang): string {
  const tokens = text.split(/\s+/u).filter((t) => t !== '');
  if (tokens.length === 0) return '';
  const joins = lang === 'ja' ? joinsJapanese : joinsEnglish;
  let out = tokens[0]!;
  for (let i = 1; i < tokens.length; i++) {
    const token = tokens[i]!;
    out += joins(tokens[i - 1]!, token) ? token : ` ${token}`;
  }
  return out;
}

/** NFKC (enclosed numbers kept), white space collapsed, PDF spacing repaired. */
export function normalizeText(text: string, lang: Lang): string {
  return repairSpacing(nfkcKeepingCircled(withoutInvisibles(text)), lang);
}

/** NFKC and white space collapsed, spacing NOT repaired: the form the numbering patterns read,
 *  where the space between "①" and its title, or before a second heading, still tells something. */
export function foldText(text: string): string {
  return nfkcKeepingCircled(withoutInvisibles(text)).replace(/\s+/gu, ' ').trim();
}

/**
 * Joins the normalised lines of one block into one line. Japanese lines meet without a space when
 * either side is CJK; an English word hyphenated at the line end ("high-" + "capacity") keeps its
 * hyphen and loses the space.
 */
export function joinSeparator(left: string, right: string): string {
  const l = [...left].pop();
  const r = right[0];
  if (!l || !r) return '';
  if (takesNoSpaceInJapanese(l) || takesNoSpaceInJapanese(r)) return '';
  if (l === '-' && /[A-Za-z]-$/.test(left) && /[a-z]/.test(r)) return '';
  return ' ';
}
