// The work of `strategy-align diff` (declared in diff.ts): one pair, or a manifest of pairs, with the
// pipeline options built once from the flags and the config file.
import { resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-file.js';
import { defaultJobs, parseJobs } from '../batch/jobs.js';
import { parseShard } from '../batch/manifest.js';
import { buildBaseline, serializeBaseline } from '../diff/baseline.js';
import { failsAt } from '../diff/config.js';
import type { ReportInput } from '../diff/format/common.js';
import { alignPair, findDiscrepancies } from '../pipeline/index.js';
import { resolvePipelineOptions } from '../pipeline/options.js';
import { type DiffFlags, usage } from './diff-flags.js';
import type { DiffJobOptions } from './diff-job.js';
import { render } from './diff-render.js';
import { refuseUnlessTranslation } from './translation-check.js';
import { emit } from './output.js';

/** One report per pair in --out-dir, named by the pair's id; exit 1 when a pair fails or has a
 *  finding at or above --fail-on. */
export async function diffManifest(flags: DiffFlags, toolVersion: string): Promise<number> {
  if (flags.outDir === undefined) usage('--manifest needs --out-dir DIR for the reports it writes');
  if (flags.output !== undefined) usage('-o names one file; with --manifest, use --out-dir');
  if (flags.writeBaseline !== undefined) usage('--write-baseline records one pair; run it without --manifest');
  const { onWarning: _stderr, ...pipeline } = await resolvePipelineOptions(flags);
  const [{ runManifest }, { diffFileName }] = await Promise.all([import('../batch/run.js'), import('./diff-job.js')]);
  const jobOptions: DiffJobOptions = { format: flags.format, pipeline, outDir: resolve(flags.outDir), toolVersion, force: flags.force === true };
  return runManifest<DiffJobOptions>(
    {
      command: 'diff',
      tool: `strategy-align ${toolVersion}`,
      jobModule: new URL('../cli/diff-job.js', import.meta.url), // right from dist/bundle/ too
      jobOptions,
      summaryOptions: {
        format: flags.format,
        failOn: pipeline.failOn,
        severity: pipeline.severity,
        baseline: pipeline.baseline?.path ?? null,
        glossary: pipeline.glossary?.path ?? null,
      },
      outputsOf: (entry) => [diffFileName(entry, flags.format)],
    },
    {
      manifest: flags.manifest!,
      outDir: flags.outDir,
      jobs: flags.jobs === undefined ? defaultJobs() : parseJobs(flags.jobs),
      shard: flags.shard === undefined ? null : parseShard(flags.shard),
      ...(flags.summary === undefined ? {} : { summary: flags.summary }),
    },
  );
}

export async function diffCommand(jaPath: string, enPath: string, flags: DiffFlags, toolVersion: string): Promise<number> {
  const options = await resolvePipelineOptions(flags);
  const alignment = alignPair(jaPath, enPath, options);
  refuseUnlessTranslation(alignment, jaPath, enPath, flags.force);
  const result = findDiscrepancies(alignment, options);
  const input: ReportInput = { jaPath: alignment.ja.path, enPath: alignment.en.path, result };
  const failOn = options.failOn;
  emit(await render(flags.format, input, { failOn, toolVersion, toFile: flags.output !== undefined && flags.output !== '-' }), flags.output);

  if (flags.writeBaseline !== undefined) {
    const recorded = buildBaseline([...result.discrepancies, ...result.suppressed]);
    writeFileAtomic(flags.writeBaseline, serializeBaseline(recorded));
    process.stderr.write(`strategy-align: recorded ${recorded.findings.length} findings in ${flags.writeBaseline}\n`);
    return 0; // the findings are accepted now: writing a baseline is not a failing run
  }
  return failsAt(result.summary, failOn) ? 1 : 0;
}
