// Segments → JSON Lines in the layout parallel-corpus tooling reads (Hugging Face `translation`).
import type { ExportSegment } from './segments.js';
import { wellFormed } from './text.js';

export function toJsonl(segments: ExportSegment[]): string {
  return [...jsonlChunks(segments)].join('');
}

/** toJsonl line by line. */
export function* jsonlChunks(segments: Iterable<ExportSegment>): Generator<string> {
  for (const segment of segments) {
    const record = {
      id: segment.id,
      translation: { ja: wellFormed(segment.ja), en: wellFormed(segment.en) },
      score: segment.score,
      type: segment.type,
      section: segment.section === null ? null : wellFormed(segment.section),
      lines: segment.lines,
    };
    yield `${JSON.stringify(record)}\n`;
  }
}
