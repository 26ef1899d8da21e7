// One pair of `diff --manifest`, run inside a batch worker thread: align, diff, write the report.
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { writeFileAtomic } from '../atomic-file.js';
import type { ManifestEntry } from '../batch/manifest.js';
import type { JobResult } from '../batch/job.js';
import { unmatchedEntries } from '../diff/baseline.js';
import { failsAt } from '../diff/config.js';
import { alignPair, findDiscrepancies } from '../pipeline/index.js';
import type { TransferablePipelineOptions } from '../pipeline/options.js';
import type { DiffFormat } from './diff-flags.js';
import { render } from './diff-render.js';
import { refuseUnlessTranslation } from './translation-check.js';

export interface DiffJobOptions {
  format: DiffFormat;
  /** Resolved once by the main thread; baseline and glossary already read. */
  pipeline: TransferablePipelineOptions;
  outDir: string;
  toolVersion: string;
  /** Absolute: --sarif-root. */
  sarifRoot?: string;
  /** --force: no refusal when the pair does not look like a translation. */
  force: boolean;
}

export const DIFF_EXTENSIONS: Record<DiffFormat, string> = { text: '.txt', json: '.json', sarif: '.sarif', markdown: '.md', junit: '.xml' };

export function diffFileName(entry: ManifestEntry, format: DiffFormat): string {
  return `${entry.id}${DIFF_EXTENSIONS[format]}`;
}

export async function runPairJob(entry: ManifestEntry, options: DiffJobOptions): Promise<JobResult> {
  const warnings: string[] = [];
  const pipeline = { ...options.pipeline, onWarning: (message: string) => warnings.push(message) };
  const alignment = alignPair(entry.ja, entry.en, pipeline);
  refuseUnlessTranslation(alignment, entry.jaAsWritten, entry.enAsWritten, options.force);
  const result = findDiscrepancies(alignment, pipeline);
  // report paths as a user in this folder would type them, not as absolute paths
  const input = { jaPath: relative(process.cwd(), alignment.ja.path), enPath: relative(process.cwd(), alignment.en.path), result };
  const report = await render(options.format, input, {
    failOn: pipeline.failOn,
    toolVersion: options.toolVersion,
    toFile: true,
    ...(pipeline.baseline ? { baselinePath: pipeline.baseline.path } : {}),
    ...(options.sarifRoot === undefined ? {} : { sarifRoot: options.sarifRoot }),
  });
  const file = diffFileName(entry, options.format);
  const bytes = Buffer.from(report, 'utf8');
  writeFileAtomic(join(options.outDir, file), bytes);
  const { error, warning, info, suppressed } = result.summary;
  return {
    outputs: [{ file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), counts: { error, warning, info, suppressed } }],
    warnings,
    ...(failsAt(result.summary, pipeline.failOn) ? { failsRun: true } : {}),
    ...(pipeline.baseline ? { baselineUnmatched: unmatchedEntries(pipeline.baseline.findings, result).map((entry) => entry.id) } : {}),
  };
}
