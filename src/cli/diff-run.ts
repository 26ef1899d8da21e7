// The work of `strategy-align diff` (declared in diff.ts): one pair, or a manifest of pairs, with the
// pipeline options built once from the flags and the config file.
import { resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-file.js';
import { defaultJobs, parseJobs } from '../batch/jobs.js';
import { parseShard } from '../batch/manifest.js';
import type { PairOutcome } from '../batch/pool.js';
import { type BaselineEntry, buildBaseline, serializeBaseline, unmatchedEntries } from '../diff/baseline.js';
import { failsAt } from '../diff/config.js';
import type { ReportInput } from '../diff/format/common.js';
import { ALIGN_STAGES, alignPair, findDiscrepancies } from '../pipeline/index.js';
import { type PipelineOptions, resolvePipelineOptions } from '../pipeline/options.js';
import { DIFF_FORMAT_TABLE, type DiffFlags, usage } from './diff-flags.js';
import { chooseFormat } from './format-choice.js';
import { readOptionsOf } from './input-options.js';
import type { DiffJobOptions } from './diff-job.js';
import { render } from './diff-render.js';
import { refuseUnlessTranslation } from './translation-check.js';
import { emit } from './output.js';
import { stageProgress } from './progress.js';

/** A baseline as the pipeline options carry it: its path and its entries. */
type Baseline = NonNullable<PipelineOptions['baseline']>;

/** One report per pair in --out-dir, named by the pair's id; exit 1 when a pair fails or has a
 *  finding at or above --fail-on. */
export async function diffManifest(flags: DiffFlags, toolVersion: string): Promise<number> {
  if (flags.outDir === undefined) usage('--manifest needs --out-dir DIR for the reports it writes');
  if (flags.output !== undefined) usage('-o names one file; with --manifest, use --out-dir');
  if (flags.writeBaseline !== undefined) usage('--write-baseline records one pair; run it without --manifest');
  if (flags.pruneBaseline && flags.shard !== undefined) usage('--prune-baseline needs every pair of the manifest; run it without --shard');
  const { onWarning: _stderr, ...pipeline } = await resolvePipelineOptions(flags);
  if (flags.pruneBaseline && !pipeline.baseline) usage('--prune-baseline needs --baseline FILE (or a baseline in the config file)');
  const baseline = pipeline.baseline;
  const format = flags.format ?? 'text';
  const [{ runManifest }, { diffFileName }] = await Promise.all([import('../batch/run.js'), import('./diff-job.js')]);
  const jobOptions: DiffJobOptions = {
    format,
    pipeline,
    outDir: resolve(flags.outDir),
    toolVersion,
    force: flags.force === true,
    ...(flags.sarifRoot === undefined ? {} : { sarifRoot: resolve(flags.sarifRoot) }),
  };
  return runManifest<DiffJobOptions>(
    {
      command: 'diff',
      tool: `strategy-align ${toolVersion}`,
      jobModule: new URL('../cli/diff-job.js', import.meta.url), // right from dist/bundle/ too
      jobOptions,
      summaryOptions: {
        format,
        failOn: pipeline.failOn,
        severity: pipeline.severity,
        baseline: pipeline.baseline?.path ?? null,
        glossary: pipeline.glossary?.path ?? null,
      },
      outputsOf: (entry) => [diffFileName(entry, format)],
      // a shard sees some of the pairs, so an entry it did not match may match in another
      ...(baseline && flags.shard === undefined ? { afterAll: (outcomes: readonly PairOutcome[]) => maintainBatchBaseline(baseline, outcomes, flags.pruneBaseline === true) } : {}),
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
  const format = chooseFormat(DIFF_FORMAT_TABLE, flags.format, flags.output);
  if (flags.pruneBaseline && flags.writeBaseline !== undefined) usage('give --write-baseline or --prune-baseline, not both');
  const options = await resolvePipelineOptions(flags);
  if (flags.pruneBaseline && !options.baseline) usage('--prune-baseline needs --baseline FILE (or a baseline in the config file)');
  const progress = stageProgress([...ALIGN_STAGES, 'findings', 'render']);
  const alignment = alignPair(jaPath, enPath, { ...options, ...readOptionsOf(flags), onStage: progress.stage });
  refuseUnlessTranslation(alignment, jaPath, enPath, flags.force);
  if (format === 'sarif' && (jaPath === '-' || enPath === '-') && flags.stdinName === undefined) {
    options.onWarning('the SARIF report names standard input "stdin": give --stdin-name PATH, its path (from here, as a file argument would be) in the repository, for code scanning to place the findings');
  }
  progress.stage('findings');
  const result = findDiscrepancies(alignment, options);
  const input: ReportInput = { jaPath: alignment.ja.path, enPath: alignment.en.path, result };
  const failOn = options.failOn;
  // a run that records a baseline prints its report only when asked for one
  const reportAsked = flags.writeBaseline === undefined || flags.format !== undefined || flags.output !== undefined;
  if (reportAsked) {
    progress.stage('render');
    const context = {
      failOn,
      toolVersion,
      toFile: flags.output !== undefined && flags.output !== '-',
      ...(flags.sarifRoot === undefined ? {} : { sarifRoot: resolve(flags.sarifRoot) }),
    };
    const report = await render(format, input, options.baseline ? { ...context, baselinePath: options.baseline.path } : context);
    progress.stop();
    await emit(report, flags.output);
  }
  progress.stop();
  if (options.baseline) maintainBaseline(options.baseline, unmatchedEntries(options.baseline.findings, result), flags.pruneBaseline === true);

  if (flags.writeBaseline !== undefined) {
    const recorded = buildBaseline([...result.discrepancies, ...result.suppressed]);
    writeFileAtomic(flags.writeBaseline, serializeBaseline(recorded));
    process.stderr.write(`strategy-align: recorded ${recorded.findings.length} findings in ${flags.writeBaseline}\n`);
    return 0; // the findings are accepted now: writing a baseline is not a failing run
  }
  return failsAt(result.summary, failOn) ? 1 : 0;
}

/**
 * A manifest's stale entries are those no pair matched. A failed pair's findings are unknown, so
 * nothing is counted or pruned then.
 */
function maintainBatchBaseline(baseline: Baseline, outcomes: readonly PairOutcome[], prune: boolean): void {
  const failed = outcomes.filter((outcome) => !outcome.ok).length;
  if (failed > 0) {
    if (prune) process.stderr.write(`strategy-align: ${baseline.path}: not pruned: ${plural(failed, 'pair', 'pairs')} failed, and what they would match is unknown\n`);
    return;
  }
  const unmatched = outcomes.map((outcome) => new Set(outcome.ok ? outcome.result.baselineUnmatched : []));
  maintainBaseline(baseline, baseline.findings.findings.filter((entry) => unmatched.every((ids) => ids.has(entry.id))), prune);
}

/**
 * Says on stderr how many baseline entries matched no finding; with --prune-baseline, rewrites the
 * baseline without them (the entries kept as they were, in their order).
 */
function maintainBaseline(baseline: Baseline, stale: readonly BaselineEntry[], prune: boolean): void {
  if (prune) {
    const staleIds = new Set(stale.map((entry) => entry.id));
    const kept = { ...baseline.findings, findings: baseline.findings.findings.filter((entry) => !staleIds.has(entry.id)) };
    writeFileAtomic(baseline.path, serializeBaseline(kept));
    process.stderr.write(`strategy-align: ${baseline.path}: removed ${plural(stale.length, 'entry', 'entries')} that matched no finding; ${kept.findings.length} kept\n`);
  } else if (stale.length > 0) {
    process.stderr.write(
      `strategy-align: ${baseline.path}: ${plural(stale.length, 'entry', 'entries')} matched no finding (the translation was fixed there, or its text changed); --prune-baseline drops ${stale.length === 1 ? 'it' : 'them'}\n`,
    );
  }
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
