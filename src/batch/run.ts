// `COMMAND --manifest FILE --out-dir DIR`: many document pairs, one job per pair on worker threads.
// Shared by every pair command (diff and export, each with its own job module): reads the
// manifest, picks the shard, runs the pool, shows progress on a terminal, reports failing pairs and
// writes the summary. Exit code 0 when every pair succeeded, 1 when any failed or its result fails
// the run (diff: a finding at or above --fail-on).
import { mkdirSync, readFileSync, unlinkSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { beforeInterruptCleanup, holdInterrupts, tempPathFor, writeFileAtomic } from '../atomic-file.js';
import { InputError } from '../model.js';
import { describeFsError } from '../read/index.js';
import { parseManifest, selectShard, type ManifestEntry, type Shard } from './manifest.js';
import { runBatch, stopAllWorkers, type PairOutcome } from './pool.js';
import { batchSummary } from './summary.js';

export interface ManifestCommand<Options> {
  /** 'export', 'diff': names the progress bar and the summary. */
  command: string;
  tool: string;
  /** Compiled module exporting `runPairJob(entry, options)` (see pool.ts). */
  jobModule: URL;
  jobOptions: Options;
  /** The options as the summary records them. */
  summaryOptions: Record<string, unknown>;
  /** The files the job writes for a pair, relative to the output folder. */
  outputsOf: (entry: ManifestEntry) => string[];
  /** Runs once every pair is done and the summary written (diff: the baseline's stale entries). */
  afterAll?: (outcomes: readonly PairOutcome[]) => void;
}

export interface ManifestRun {
  manifest: string;
  outDir: string;
  jobs: number;
  shard: Shard | null;
  /** Default: DIR/summary.json, or DIR/summary-I-of-N.json for a shard. */
  summary?: string;
}

function readManifest(path: string): { text: string; baseDir: string } {
  try {
    // '-' reads the manifest from standard input; its relative paths start from the current folder.
    if (path === '-') return { text: readFileSync(0, 'utf8'), baseDir: process.cwd() };
    return { text: readFileSync(path, 'utf8'), baseDir: dirname(resolve(path)) };
  } catch (error) {
    throw new InputError(describeFsError(error), path);
  }
}

interface Reporter {
  outcome(outcome: PairOutcome, done: number): void;
  stop(): void;
}

function pairLabel(entry: ManifestEntry): string {
  return `${entry.id} (manifest line ${entry.line})`;
}

/** A progress bar on a terminal; on a pipe or file, only the lines about failing pairs and warnings. */
function createReporter(command: string, total: number): Reporter {
  const lines = (outcome: PairOutcome): string[] =>
    outcome.ok
      ? outcome.result.warnings.map((warning) => `strategy-align: warning: ${pairLabel(outcome.entry)}: ${warning}\n`)
      : [`strategy-align: ${pairLabel(outcome.entry)}: ${outcome.error}\n`];
  if (!process.stderr.isTTY) {
    return {
      outcome: (outcome) => lines(outcome).forEach((line) => process.stderr.write(line)),
      stop: () => {},
    };
  }
  const bars = new cliProgress.MultiBar(
    {
      stream: process.stderr,
      format: `${command} {bar} {value}/{total} pairs | {failed} failed | ETA {eta_formatted}`,
      barsize: 30,
      hideCursor: true,
      clearOnComplete: false,
      etaBuffer: 20,
    },
    cliProgress.Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { failed: 0 });
  let failed = 0;
  return {
    outcome: (outcome, done) => {
      if (!outcome.ok) failed++;
      lines(outcome).forEach((line) => bars.log(line));
      bar.update(done, { failed });
    },
    stop: () => bars.stop(),
  };
}

export async function runManifest<Options>(command: ManifestCommand<Options>, run: ManifestRun): Promise<number> {
  const { text, baseDir } = readManifest(run.manifest);
  const entries = selectShard(parseManifest(text, baseDir, run.manifest), run.shard);
  const outDir = resolve(run.outDir);
  try {
    mkdirSync(outDir, { recursive: true });
  } catch (error) {
    throw new InputError(`cannot be created (${(error as NodeJS.ErrnoException).code ?? String(error)})`, run.outDir);
  }
  const summaryName = run.shard ? `summary-${run.shard.index}-of-${run.shard.count}.json` : 'summary.json';
  const summaryPath = resolve(run.summary ?? join(outDir, summaryName));
  const planned = entries.flatMap((entry) => command.outputsOf(entry).map((file) => join(outDir, file)));
  const clash = entries.find((entry) => command.outputsOf(entry).some((file) => join(outDir, file) === summaryPath));
  if (clash) throw new InputError(`line ${clash.line}: the output of "${clash.id}" would overwrite the summary ${basename(summaryPath)}; rename the pair`, run.manifest);

  // Workers are threads of this process: on Ctrl-C their half-written temp files stay behind
  // unless removed here; the signal is held for the whole batch, as the workers write all along.
  const removeTemps = () => planned.forEach((path) => {
    try {
      unlinkSync(tempPathFor(path));
    } catch {
      // not being written
    }
  });
  process.once('exit', removeTemps);
  const reporter = createReporter(command.command, entries.length);
  const forgetCleanup = beforeInterruptCleanup(async () => {
    reporter.stop(); // gives the terminal its cursor back
    await stopAllWorkers();
    removeTemps();
  });
  const releaseInterrupts = holdInterrupts();
  let outcomes: PairOutcome[];
  try {
    outcomes = await runBatch(entries, { module: command.jobModule.href, options: command.jobOptions }, {
      jobs: run.jobs,
      onOutcome: (outcome, done) => reporter.outcome(outcome, done),
    });
  } finally {
    reporter.stop();
    process.removeListener('exit', removeTemps);
    forgetCleanup();
    releaseInterrupts();
  }
  const summary = batchSummary({
    command: command.command,
    tool: command.tool,
    manifest: run.manifest,
    shard: run.shard,
    options: command.summaryOptions,
    outcomes,
  });
  writeFileAtomic(summaryPath, `${JSON.stringify(summary, null, 2)}\n`);
  command.afterAll?.(outcomes);
  if (summary.totals.failed > 0) {
    process.stderr.write(`strategy-align: ${summary.totals.failed} of ${summary.totals.pairs} pairs failed; the others were written (see ${summaryPath})\n`);
  }
  return summary.totals.failed > 0 || summary.totals.failingRun > 0 ? 1 : 0;
}
