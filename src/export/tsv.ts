// Segments → TSV for machine-translation training: `ja<TAB>en<TAB>score<TAB>type`, one per line.
import { tsvRecord } from '../text/escape.js';
import type { ExportSegment } from './segments.js';

// The TSV rule (backslash escapes) lives with the other escapes; re-exported for readers of our TSV.
export { escapeTsvField, unescapeTsvField } from '../text/escape.js';

export const TSV_COLUMNS = ['ja', 'en', 'score', 'type'] as const;

export function toTsv(segments: ExportSegment[], options: { header: boolean }): string {
  const lines = options.header ? [tsvRecord(TSV_COLUMNS)] : [];
  for (const segment of segments) {
    lines.push(tsvRecord([segment.ja, segment.en, segment.score.toFixed(3), segment.type]));
  }
  return lines.join('');
}
