// One pair of `export --manifest`, run inside a batch worker thread: align, export, write the file.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from '../atomic-file.js';
import type { ManifestEntry } from '../batch/manifest.js';
import type { JobResult } from '../batch/job.js';
import { exportAlignment, FORMAT_EXTENSIONS, type ExportOptions } from '../export/index.js';
import { alignPair } from '../pipeline/index.js';
import { refuseUnlessTranslation } from './translation-check.js';

export interface ExportJobOptions {
  export: ExportOptions;
  outDir: string;
  /** --force: no refusal when the pair does not look like a translation. */
  force: boolean;
}

export function exportFileName(entry: ManifestEntry, options: ExportOptions): string {
  return `${entry.id}${FORMAT_EXTENSIONS[options.format]}`;
}

export function runPairJob(entry: ManifestEntry, options: ExportJobOptions): JobResult {
  const warnings: string[] = [];
  const alignment = alignPair(entry.ja, entry.en, { onWarning: (message) => warnings.push(message) });
  refuseUnlessTranslation(alignment, entry.jaAsWritten, entry.enAsWritten, options.force);
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
