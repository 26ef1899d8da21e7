// One pair of `export --manifest`, run inside a batch worker thread: align, export, write the file.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { JobResult } from '../export/batch.js';
import { exportAlignment, FORMAT_EXTENSIONS, type ExportOptions } from '../export/index.js';
import type { ManifestEntry } from '../export/manifest.js';
import { writeFileAtomic } from './output.js';
import { loadAlignment } from './pipeline.js';

export interface ExportJobOptions {
  export: ExportOptions;
  outDir: string;
}

export function exportFileName(entry: ManifestEntry, options: ExportOptions): string {
  return `${entry.id}${FORMAT_EXTENSIONS[options.format]}`;
}

export function runPairJob(entry: ManifestEntry, options: ExportJobOptions): JobResult {
  const warnings: string[] = [];
  const alignment = loadAlignment(entry.ja, entry.en, (message) => warnings.push(message));
  const { content, segments, emptyReason } = exportAlignment(alignment, options.export);
  if (emptyReason) warnings.push(emptyReason);
  const file = exportFileName(entry, options.export);
  const bytes = Buffer.from(content, 'utf8');
  writeFileAtomic(join(options.outDir, file), bytes);
  return {
    outputs: [{ file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), counts: { segments: segments.length } }],
    warnings,
  };
}
