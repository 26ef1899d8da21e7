// Segments → TSV for machine-translation training: `ja<TAB>en<TAB>score<TAB>type`, one per line.
import { tsvRecord } from '../text/escape.js';
import type { ExportSegment } from './segments.js';

// The TSV rule (backslash escapes) lives with the other escapes; re-exported for readers of our TSV.
export { escapeTsvField, unescapeTsvField } from '../text/escape.js';

export const TSV_COLUMNS = ['ja', 'en', 'score', 'type'] as const;

export function toTsv(segments: ExportSegment[], options: { header: boolean }): string {
  return [...tsvChunks(segments, options)].join('');
}

/** toTsv line by line. */
export function* tsvChunks(segments: Iterable<ExportSegment>, options: { header: boolean }): Generator<string> {
  if (options.header) yield tsvRecord(TSV_COLUMNS);
  for (const segment of segments) yield tsvRecord([segment.ja, segment.en, segment.score.toFixed(3), segment.type]);
}
