// Text for people to read on a terminal or in a listing: truncation, column widths, file names.

/** Cuts to `length` characters (code points), marking the cut with '…'. */
export function truncate(text: string, length: number): string {
  const characters = [...text];
  return characters.length <= length ? text : `${characters.slice(0, length - 1).join('')}…`;
}

// East Asian Wide and Fullwidth characters (CJK, kana, Hangul, full-width forms) take two columns.
const WIDE = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{20000}-\u{3FFFD}]/u;

/** Columns a character takes in a terminal: 2 for CJK and full-width, 1 otherwise. */
export function charWidth(char: string): 1 | 2 {
  return WIDE.test(char) ? 2 : 1;
}

/** Columns a string takes in a terminal. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width;
}

/** The text followed by spaces up to `columns`, and at least `minGap` spaces. */
export function padToWidth(text: string, columns: number, minGap = 0): string {
  return text + ' '.repeat(Math.max(minGap, columns - displayWidth(text)));
}

/** White space collapsed, cut to exactly `width` columns ('…' marking a cut), padded with spaces. */
export function clipToWidth(text: string, width: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  let out = '';
  let used = 0;
  for (const char of flat) {
    const w = charWidth(char);
    if (used + w > width - 1) return `${out}…${' '.repeat(Math.max(0, width - used - 1))}`;
    out += char;
    used += w;
  }
  return out + ' '.repeat(width - used);
}

/** The file name without folders (either slash), so an output does not depend on where the input lay. */
export function baseName(path: string): string {
  return path.split(/[\\/]/u).filter((part) => part !== '').at(-1) ?? path;
}
