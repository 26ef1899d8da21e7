// Segments → TSV for machine-translation training: `ja<TAB>en<TAB>score<TAB>type`, one per line.
import type { ExportSegment } from './segments.js';
import { wellFormed } from './text.js';

export const TSV_COLUMNS = ['ja', 'en', 'score', 'type'] as const;

/** Backslash, TAB, LF and CR inside a field become \\ \t \n \r, so every record is one line. */
export function escapeTsvField(text: string): string {
  return wellFormed(text).replace(/[\\\t\n\r]/gu, (ch) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[ch]!);
}

/** The inverse of escapeTsvField, for readers of our TSV. */
export function unescapeTsvField(field: string): string {
  return field.replace(/\\([\\tnr])/gu, (_all, ch: string) => ({ '\\': '\\', t: '\t', n: '\n', r: '\r' })[ch]!);
}

export function toTsv(segments: ExportSegment[], options: { header: boolean }): string {
  const lines = options.header ? [TSV_COLUMNS.join('\t')] : [];
  for (const segment of segments) {
    lines.push([escapeTsvField(segment.ja), escapeTsvField(segment.en), segment.score.toFixed(3), segment.type].join('\t'));
  }
  return lines.map((line) => `${line}\n`).join('');
}
