// `strategy-align export`: one pair, or a manifest of pairs on worker threads. The stages and the
// XML writers load when the command runs, not when the program starts (see index.ts).
import { Option, type Command } from 'commander';
import type { ExportOptions } from '../export/index.js';
import { EXPORT_FORMATS, EXPORT_LEVELS, type ExportFormat, type ExportLevel, EXPORT_FILE_EXTENSIONS } from '../export/format-names.js';
import { chooseFormat } from './format-choice.js';
import { InputError } from '../model.js';
import type { ExportJobOptions } from './export-job.js';
import { defaultJobs, parseJobs } from '../batch/jobs.js';
import { readOptionsOf, stdinNameOption } from './input-options.js';
import { FORCE_HELP } from './diff-flags.js';
import { emit } from './output.js';
import { stageProgress } from './progress.js';

interface ExportCliOptions {
  format?: ExportFormat;
  level: ExportLevel;
  minScore: string;
  includeUnpaired?: boolean;
  header?: boolean;
  output?: string;
  manifest?: string;
  outDir?: string;
  jobs?: string;
  shard?: string;
  summary?: string;
  stdinName?: string;
  force?: boolean;
}

function parseMinScore(text: string): number {
  const score = Number(text);
  if (text.trim() === '' || !Number.isFinite(score) || score < 0 || score > 1) {
    throw new InputError(`--min-score expects a number from 0 to 1, not "${text}"`);
  }
  return score;
}

function exportOptions(options: ExportCliOptions, format: ExportFormat, toolVersion: string): ExportOptions {
  return {
    format,
    level: options.level,
    minScore: parseMinScore(options.minScore),
    includeUnpaired: options.includeUnpaired === true,
    header: options.header === true,
    toolVersion,
  };
}

function usage(message: string): never {
  throw new InputError(`${message} (run strategy-align export --help for usage)`);
}

async function runExport(ja: string | undefined, en: string | undefined, options: ExportCliOptions, toolVersion: string): Promise<void> {
  if (options.manifest !== undefined) {
    if (ja !== undefined) usage('give either JA EN or --manifest, not both');
    if (options.outDir === undefined) usage('--manifest needs --out-dir DIR for the files it writes');
    if (options.output !== undefined) usage('-o names one file; with --manifest, use --out-dir');
    const format = options.format ?? 'tmx';
    const exportOpts = exportOptions(options, format, toolVersion);
    const { toolVersion: _version, ...recorded } = exportOpts;
    const [{ runManifest }, { exportFileName }, { parseShard }] = await Promise.all([
      import('../batch/run.js'),
      import('./export-job.js'),
      import('../batch/manifest.js'),
    ]);
    process.exitCode = await runManifest<ExportJobOptions>(
      {
        command: 'export',
        tool: `strategy-align ${toolVersion}`,
        jobModule: new URL('../cli/export-job.js', import.meta.url), // right from dist/bundle/ too
        jobOptions: { export: exportOpts, outDir: options.outDir, force: options.force === true },
        summaryOptions: recorded,
        outputsOf: (entry) => [exportFileName(entry, exportOpts)],
      },
      {
        manifest: options.manifest,
        outDir: options.outDir,
        jobs: options.jobs === undefined ? defaultJobs() : parseJobs(options.jobs),
        shard: options.shard === undefined ? null : parseShard(options.shard),
        ...(options.summary === undefined ? {} : { summary: options.summary }),
      },
    );
    return;
  }
  if (ja === undefined || en === undefined) usage('give the Japanese and the English document, or --manifest FILE');
  for (const [flag, value] of [['--out-dir', options.outDir], ['--jobs', options.jobs], ['--shard', options.shard], ['--summary', options.summary]] as const) {
    if (value !== undefined) usage(`${flag} works with --manifest only`);
  }
  const format = chooseFormat({ command: 'export', extensions: EXPORT_FILE_EXTENSIONS, fallback: 'tmx' }, options.format, options.output);
  const [{ ALIGN_STAGES, alignPair }, { warnOnStderr }, { exportChunks }, { refuseUnlessTranslation }] = await Promise.all([
    import('../pipeline/index.js'),
    import('../pipeline/options.js'),
    import('../export/index.js'),
    import('./translation-check.js'),
  ]);
  const progress = stageProgress([...ALIGN_STAGES, 'export']);
  const alignment = alignPair(ja, en, { onWarning: warnOnStderr, ...readOptionsOf(options), onStage: progress.stage });
  refuseUnlessTranslation(alignment, ja, en, options.force);
  progress.stage('export');
  const { chunks, emptyReason } = exportChunks(alignment, exportOptions(options, format, toolVersion));
  progress.stop(); // the document is made as it is written, after the bar is gone from the terminal
  if (emptyReason) warnOnStderr(emptyReason);
  await emit(chunks, options.output);
}

export function registerExport(program: Command): void {
  program
    .command('export')
    .description('export aligned pairs as a translation memory (TMX), XLIFF, TSV or JSONL; many pairs with --manifest')
    .argument('[ja]', 'Japanese document (plain text)')
    .argument('[en]', 'English document (markdown)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o file name, else tmx)').choices(EXPORT_FORMATS))
    .addOption(new Option('-l, --level <level>', 'one segment per sentence pair or per block pair').choices(EXPORT_LEVELS).default('sentence'))
    .option('--min-score <score>', 'leave out pairs scoring below this (0 to 1)', '0')
    .option('--include-unpaired', 'also export text the other side lacks (1-0, 0-1 pairs)')
    .option('--header', 'TSV: start with the line ja<TAB>en<TAB>score<TAB>type')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(stdinNameOption())
    .option('--force', FORCE_HELP)
    .option('--manifest <file>', 'pairs to export, one a line: JA path<TAB>EN path[<TAB>id] ("-": stdin)')
    .option('--out-dir <dir>', 'with --manifest: folder for one file per pair and summary.json')
    .option('-j, --jobs <n>', `with --manifest: worker threads (default: ${defaultJobs()}, the number of cores)`)
    .option('--shard <i/n>', 'with --manifest: process only the i-th of n deterministic parts')
    .option('--summary <file>', 'with --manifest: where to write the summary JSON')
    .action(async (ja: string | undefined, en: string | undefined, options: ExportCliOptions) => {
      await runExport(ja, en, options, program.version() ?? '0.0.0');
    });
}
