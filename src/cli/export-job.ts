// One pair of `export --manifest`, run inside a batch worker thread: align, export, write the file.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeChunksAtomic } from '../atomic-file.js';
import type { ManifestEntry } from '../batch/manifest.js';
import type { JobResult } from '../batch/job.js';
import { exportChunks, FORMAT_EXTENSIONS, type ExportOptions } from '../export/index.js';
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
  const { chunks, segments, emptyReason } = exportChunks(alignment, options.export);
  if (emptyReason) warnings.push(emptyReason);
  const file = exportFileName(entry, options.export);
  const hash = createHash('sha256');
  let bytes = 0;
  writeChunksAtomic(join(options.outDir, file), chunks, (written) => {
    hash.update(written);
    bytes += written.length;
  });
  return {
    outputs: [{ file, bytes, sha256: hash.digest('hex'), counts: { segments: segments.length } }],
    warnings,
  };
}
