// The extractors match on NFKC text with PDF spacing repaired. Blocks from the parse stage are
// already in that form; this module makes the extractors safe on raw text too, and keeps, for every
// character of the text they match on, the span of the input it came from, so anchor offsets always
// refer to the text the caller passed in.
import type { Lang } from '../model.js';
import { ENCLOSED_NUMBER, takesNoSpaceInJapanese } from '../text/script.js';

export interface PreparedText {
  /** NFKC (circled numbers kept), Japanese PDF spacing repaired. */
  text: string;
  /**
   * For each character of `text`, where its source starts and ends (exclusive) in the input;
   * null when `text` is the input itself (already normalised, the usual case).
   */
  source: { start: Int32Array; end: Int32Array } | null;
}

// Circled and parenthesised numbers (ENCLOSED_NUMBER: ①, ⑴, ❶, ㉑) number list items; NFKC would turn
// them into plain digits that read as quantities, so they are kept as they are.
// A character that NFKC must see together with the one before it.
const COMBINING = /^[\p{M}\uFF9E\uFF9F]$/u;


function withIdentitySource(prepared: PreparedText): { start: Int32Array; end: Int32Array } {
  if (prepared.source) return prepared.source;
  const start = new Int32Array(prepared.text.length);
  const end = new Int32Array(prepared.text.length);
  for (let i = 0; i < prepared.text.length; i++) {
    start[i] = i;
    end[i] = i + 1;
  }
  return { start, end };
}

function nfkcKeepingEnclosedNumbers(input: string): PreparedText {
  if (!ENCLOSED_NUMBER.test(input) && input.normalize('NFKC') === input) return { text: input, source: null };
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let i = 0;
  while (i < input.length) {
    let j = i + (input.codePointAt(i)! > 0xffff ? 2 : 1);
    while (j < input.length && COMBINING.test(input[j]!)) j++;
    const cluster = input.slice(i, j);
    const out = ENCLOSED_NUMBER.test(cluster) ? cluster : cluster.normalize('NFKC');
    for (let k = 0; k < out.length; k++) {
      starts.push(i);
      ends.push(j);
    }
    text += out;
    i = j;
  }
  return { text, source: { start: Int32Array.from(starts), end: Int32Array.from(ends) } };
}

const SPELLED_OUT = /^[A-Za-z0-9\-/&.]$/;

/**
 * Japanese PDF text puts spaces around digits and between the letters of acronyms
 * ("令和 7 年", "A I", "e - C S T I"). A space goes when it touches Japanese text, or when it sits
 * inside a spelled-out run (one character beside one character or beside a capital fragment), so
 * "Society 5.0", "ArCS III" and "K Program" keep theirs.
 */
function repairJapaneseSpacing(prepared: PreparedText): PreparedText {
  const { text } = prepared;
  if (!/[ \n]/.test(text)) return prepared;
  const keep: number[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] !== ' ' && text[i] !== '\n') {
      keep.push(i++);
      continue;
    }
    let j = i;
    while (j < text.length && (text[j] === ' ' || text[j] === '\n')) j++;
    const left = text[i - 1];
    const right = text[j];
    // the same rule as parse's PDF repair
    let remove = takesNoSpaceInJapanese(left) || takesNoSpaceInJapanese(right);
    if (!remove && left !== undefined && right !== undefined && SPELLED_OUT.test(left) && SPELLED_OUT.test(right)) {
      const leftToken = /[A-Za-z0-9\-/&.]*$/.exec(text.slice(Math.max(0, i - 24), i))![0];
      const rightToken = /^[A-Za-z0-9\-/&.]*/.exec(text.slice(j, j + 24))![0];
      const single = (token: string) => token.length === 1;
      const capitals = (token: string) => /^[A-Z0-9\-/&.]+$/.test(token);
      // one letter and one letter, or one letter and a capital fragment ("S a MD", "SBI R"), but not "K Program"
      remove =
        (single(leftToken) && (single(rightToken) || capitals(rightToken))) ||
        (single(rightToken) && capitals(leftToken));
    }
    if (!remove || left === undefined || right === undefined) for (let k = i; k < j; k++) keep.push(k);
    i = j;
  }
  if (keep.length === text.length) return prepared;
  const source = withIdentitySource(prepared);
  return {
    text: keep.map((k) => text[k]).join(''),
    source: { start: Int32Array.from(keep, (k) => source.start[k]!), end: Int32Array.from(keep, (k) => source.end[k]!) },
  };
}

export function prepareText(input: string, lang: Lang): PreparedText {
  const nfkc = nfkcKeepingEnclosedNumbers(input);
  return lang === 'ja' ? repairJapaneseSpacing(nfkc) : nfkc;
}

/** The input span [start, end) that the prepared span [start, end) came from. */
export function sourceSpan(prepared: PreparedText, start: number, end: number): [number, number] {
  const { source } = prepared;
  if (source === null) return [start, end];
  if (end <= start) {
    const at = start < source.start.length ? source.start[start]! : (source.end.at(-1) ?? 0);
    return [at, at];
  }
  return [source.start[start]!, source.end[end - 1]!];
}
