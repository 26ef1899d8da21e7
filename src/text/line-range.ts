// How a line range is written. The output formats differ on purpose: exports always write both ends
// so their readers need one rule; people read "12" for a single line; the HTML report and diff's
// locations use an en dash.
import type { LineRange } from '../model.js';

export interface LineRangeStyle {
  /** Write both ends even for one line ("12-12"); default false ("12"). */
  bothEnds?: boolean;
  /** Between the ends; default '-'. */
  dash?: '-' | '–';
  /** Lead with "line " or "lines " ("line 12", "lines 12-14"). */
  word?: boolean;
}

/** "12", "12-14", "12–14", "line 12", "lines 12-14" (see LineRangeStyle). */
export function formatLineRange([first, last]: LineRange | readonly [number, number], style: LineRangeStyle = {}): string {
  const single = first === last;
  const span = single && !style.bothEnds ? `${first}` : `${first}${style.dash ?? '-'}${last}`;
  return style.word ? `${single ? 'line' : 'lines'} ${span}` : span;
}

/** The range from the first line of the first item to the last line of the last: blocks or sentences in order. */
export function spanOfLines(items: ReadonlyArray<{ lines: LineRange | readonly [number, number] }>): [number, number] | null {
  if (items.length === 0) return null;
  return [items[0]!.lines[0], items[items.length - 1]!.lines[1]];
}
