// Alignment → one export document (TMX, XLIFF, TSV or JSONL). Pure: the CLI reads and writes.
import type { Alignment } from '../model.js';
import type { ExportFormat } from './format-names.js';
import { jsonlChunks } from './jsonl.js';
import { exportMeta, type ExportMeta } from './meta.js';
import { collectSegments, DEFAULT_SEGMENT_OPTIONS, type ExportSegment, type SegmentOptions } from './segments.js';
import { tmxChunks } from './tmx.js';
import { tsvChunks } from './tsv.js';
import { xliffChunks } from './xliff.js';

export { collectSegments, EXPORT_LEVELS, type ExportLevel, type ExportSegment, type SegmentOptions } from './segments.js';
export { EXPORT_FORMATS, type ExportFormat, FORMAT_EXTENSIONS, EXPORT_FILE_EXTENSIONS } from './format-names.js';

export interface ExportOptions extends SegmentOptions {
  format: ExportFormat;
  /** TSV only: start with the line `ja<TAB>en<TAB>score<TAB>type`. */
  header: boolean;
  toolVersion: string;
}

export interface ExportResult {
  content: string;
  segments: ExportSegment[];
  /** Set when nothing was exported: why, in words for a warning. */
  emptyReason?: string;
}

function emptyReason(alignment: Alignment, options: ExportOptions): string {
  if (alignment.pairs.length === 0) return 'nothing to export: the alignment has no pairs';
  const filters = [options.minScore > 0 ? `--min-score ${options.minScore}` : '', options.includeUnpaired ? '' : 'unpaired text left out']
    .filter((part) => part !== '')
    .join(', ');
  return `nothing to export: none of the ${alignment.pairs.length} pairs passed the filters (${filters})`;
}

export function exportAlignment(alignment: Alignment, options: ExportOptions): ExportResult {
  const { chunks, ...rest } = exportChunks(alignment, options);
  return { content: [...chunks].join(''), ...rest };
}

/** exportAlignment's document piece by piece, for a writer that streams (the CLI, batch jobs). */
export function exportChunks(alignment: Alignment, options: ExportOptions): Omit<ExportResult, 'content'> & { chunks: Iterable<string> } {
  const segmentOptions: SegmentOptions = { ...DEFAULT_SEGMENT_OPTIONS, ...options };
  const segments = collectSegments(alignment, segmentOptions);
  const meta = exportMeta(alignment, options.level, options.toolVersion);
  const chunks = render(segments, meta, options);
  return segments.length > 0 ? { chunks, segments } : { chunks, segments, emptyReason: emptyReason(alignment, options) };
}

function render(segments: ExportSegment[], meta: ExportMeta, options: ExportOptions): Iterable<string> {
  switch (options.format) {
    case 'tmx':
      return tmxChunks(segments, meta);
    case 'xliff':
      return xliffChunks(segments, meta);
    case 'tsv':
      return tsvChunks(segments, { header: options.header });
    case 'jsonl':
      return jsonlChunks(segments);
  }
}
