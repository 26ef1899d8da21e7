// One pair of `diff --manifest`, run inside a batch worker thread: align, diff, write the report.
import { createHash } from 'node:crypto';
import { join, relative } from 'node:path';
import { type FailOn, failsAt, type SeverityOverrides } from '../diff/config.js';
import { runDiff } from '../diff/index.js';
import type { JobResult } from '../export/batch.js';
import type { ManifestEntry } from '../export/manifest.js';
import type { DiffFormat } from './diff.js';
import { loadBaseline, loadGlossary, render } from './diff-run.js';
import { writeFileAtomic } from './output.js';
import { loadAlignment } from './pipeline.js';

export interface DiffJobOptions {
  format: DiffFormat;
  failOn: FailOn;
  severity: SeverityOverrides;
  /** Absolute paths, resolved by the main thread. */
  baselinePath?: string;
  glossaryPath?: string;
  outDir: string;
  toolVersion: string;
}

export const DIFF_EXTENSIONS: Record<DiffFormat, string> = { text: '.txt', json: '.json', sarif: '.sarif', markdown: '.md', junit: '.xml' };

export function diffFileName(entry: ManifestEntry, format: DiffFormat): string {
  return `${entry.id}${DIFF_EXTENSIONS[format]}`;
}

export async function runPairJob(entry: ManifestEntry, options: DiffJobOptions): Promise<JobResult> {
  const warnings: string[] = [];
  const alignment = loadAlignment(entry.ja, entry.en, (message) => warnings.push(message));
  const baseline = options.baselinePath === undefined ? undefined : await loadBaseline(options.baselinePath);
  const result = runDiff(alignment, {
    severity: options.severity,
    ...(baseline ? { baseline } : {}),
    ...(options.glossaryPath ? { glossary: await loadGlossary(options.glossaryPath) } : {}),
  });
  // report paths as a user in this folder would type them, not as absolute paths
  const input = { jaPath: relative(process.cwd(), alignment.ja.path), enPath: relative(process.cwd(), alignment.en.path), result };
  const report = await render(options.format, input, { failOn: options.failOn, toolVersion: options.toolVersion, toFile: true });
  const file = diffFileName(entry, options.format);
  const bytes = Buffer.from(report, 'utf8');
  writeFileAtomic(join(options.outDir, file), bytes);
  const { error, warning, info, suppressed } = result.summary;
  return {
    outputs: [{ file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), counts: { error, warning, info, suppressed } }],
    warnings,
    ...(failsAt(result.summary, options.failOn) ? { failsRun: true } : {}),
  };
}
