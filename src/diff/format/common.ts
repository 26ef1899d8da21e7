// What the formatters share: their input, file:line locations, excerpts with the concerned part
// cut out of its context, and the summary sentence.
import type { Discrepancy, LineRange, Side } from '../../model.js';
import { truncate } from '../../text/display.js';
import { formatLineRange } from '../../text/line-range.js';
import type { DiffResult } from '../index.js';

export interface ReportInput {
  /** Paths as the user gave them (shown in reports). */
  jaPath: string;
  enPath: string;
  result: DiffResult;
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef\u30fc]/u;

/**
 * The raw text on one line for display: a line break between two Japanese characters disappears
 * (the PDF broke a word), any other run of white space holding a line break becomes one space.
 */
export function displayText(text: string): string {
  return text
    .trim()
    .replace(/\s*\n\s*/gu, (match: string, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + match.length] ?? '';
      return CJK.test(before) && CJK.test(after) ? '' : ' ';
    });
}

/** `path:211` or `path:209–211` (the en dash keeps `path:209` clickable in terminals and editors). */
export function formatLocation(path: string, lines: LineRange): string {
  return `${path}:${formatLineRange(lines, { dash: '–' })}`;
}

export interface Excerpt {
  before: string; // context before the concerned part ('' when none), '…' marking a cut
  part: string; // the concerned part
  after: string;
}

/**
 * The concerned part of a side with up to `window` characters of its context on each side. When
 * the context does not contain the part, the part stands alone.
 */
export function excerpt(side: Side, window = 40, maxPart = 1_000): Excerpt {
  const part = truncate(displayText(side.text), maxPart);
  const context = side.context === undefined ? '' : displayText(side.context);
  const whole = displayText(side.text);
  const at = whole === '' ? -1 : context.indexOf(whole);
  if (at < 0) return { before: '', part, after: '' };
  const beforeChars = Array.from(context.slice(0, at));
  const afterChars = Array.from(context.slice(at + whole.length));
  return {
    before: beforeChars.length > window ? `…${beforeChars.slice(-window).join('')}` : beforeChars.join(''),
    part,
    after: afterChars.length > window ? `${afterChars.slice(0, window).join('')}…` : afterChars.join(''),
  };
}

export { truncate };

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}

/** '2 errors, 1 warning, 0 info; 3 suppressed by the baseline'. */
export function summarySentence(result: DiffResult): string {
  const { error, warning, info, suppressed } = result.summary;
  const counts = `${plural(error, 'error')}, ${plural(warning, 'warning')}, ${plural(info, 'info')}`;
  return suppressed > 0 ? `${counts}; ${suppressed} suppressed by the baseline` : counts;
}

/** 'expected 2025-02, found 2023-02-08' for mismatches, '' otherwise. */
export function expectedFound(discrepancy: Discrepancy): string {
  const parts: string[] = [];
  if (discrepancy.expected !== undefined) parts.push(`expected ${discrepancy.expected}`);
  if (discrepancy.found !== undefined) parts.push(`found ${discrepancy.found}`);
  return parts.join(', ');
}

/** Consecutive findings with the same section label, in order (findings come in document order). */
export function groupBySection(discrepancies: Discrepancy[]): Array<{ section: string | null; items: Discrepancy[] }> {
  const groups: Array<{ section: string | null; items: Discrepancy[] }> = [];
  for (const discrepancy of discrepancies) {
    const last = groups[groups.length - 1];
    if (last && last.section === discrepancy.section) last.items.push(discrepancy);
    else groups.push({ section: discrepancy.section, items: [discrepancy] });
  }
  return groups;
}
