// `strategy-align diff JA EN`: options → config, severities, baseline → align → runDiff → report.
// Exit 0 when no finding reaches --fail-on, 1 when some does, 2 on bad usage or input (main()).
// `diff --manifest FILE --out-dir DIR`: the same for many pairs, one report per pair (diff-job.ts).
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import { type Baseline, buildBaseline, parseBaseline, serializeBaseline } from '../diff/baseline.js';
import {
  DEFAULT_FAIL_ON,
  type DiffConfig,
  FAIL_ON_LEVELS,
  type FailOn,
  failsAt,
  parseConfig,
  parseSeveritySpec,
  type SeverityOverrides,
} from '../diff/config.js';
import type { ReportInput } from '../diff/format/common.js';
import { type DiffOptions, runDiff } from '../diff/index.js';
import { parseShard } from '../export/manifest.js';
import { type GlossaryEntry, glossaryFormatOf, readGlossary } from '../glossary/terminology.js';
import { InputError } from '../model.js';
import { readSource } from '../read/index.js';
import { defaultJobs, parseJobs, runManifest } from './batch.js';
import { diffFileName, type DiffJobOptions } from './diff-job.js';
import { emit, writeFileAtomic } from './output.js';
import { loadAlignment } from './pipeline.js';

export const DIFF_FORMATS = ['text', 'json', 'sarif', 'markdown', 'junit'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];
export const CONFIG_FILE = '.strategy-align.json';

interface DiffFlags {
  format: DiffFormat;
  output?: string;
  failOn?: FailOn;
  baseline?: string;
  writeBaseline?: string;
  config?: string;
  severity?: string[];
  glossary?: string;
  manifest?: string;
  outDir?: string;
  jobs?: string;
  shard?: string;
  summary?: string;
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('report where the English translation disagrees with the Japanese original')
    .argument('[ja]', 'Japanese original (plain text)')
    .argument('[en]', 'English translation (markdown)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(DIFF_FORMATS).default('text'))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(
      new Option('--fail-on <level>', `lowest severity that makes diff exit with 1 (default: ${DEFAULT_FAIL_ON})`).choices(
        FAIL_ON_LEVELS,
      ),
    )
    .option('--baseline <file>', 'suppress the findings recorded in this baseline file')
    .option('--write-baseline <file>', 'record the current findings in this baseline file (then exit 0)')
    .option('--config <file>', `config file (default: ${CONFIG_FILE} in the working directory, when present)`)
    .option('--severity <spec>', 'severity per kind, e.g. omission=warning,duplication=off (repeatable)', collect)
    .option('--glossary <file>', 'glossary for the terminology check')
    .option('--manifest <file>', 'many pairs, one a line: JA path<TAB>EN path[<TAB>id] ("-": stdin); one report per pair')
    .option('--out-dir <dir>', 'with --manifest: folder for the reports and summary.json')
    .option('-j, --jobs <n>', `with --manifest: worker threads (default: ${defaultJobs()}, the number of cores)`)
    .option('--shard <i/n>', 'with --manifest: process only the i-th of n deterministic parts')
    .option('--summary <file>', 'with --manifest: where to write the summary JSON')
    .action(async (ja: string | undefined, en: string | undefined, flags: DiffFlags) => {
      const toolVersion = program.version() ?? '0.0.0';
      if (flags.manifest !== undefined) {
        if (ja !== undefined) usage('give either JA EN or --manifest, not both');
        process.exitCode = await diffManifest(flags, toolVersion);
        return;
      }
      if (ja === undefined || en === undefined) usage('give the Japanese and the English document, or --manifest FILE');
      for (const [flag, value] of [['--out-dir', flags.outDir], ['--jobs', flags.jobs], ['--shard', flags.shard], ['--summary', flags.summary]] as const) {
        if (value !== undefined) usage(`${flag} works with --manifest only`);
      }
      process.exitCode = await diffCommand(ja, en, flags, toolVersion);
    });
}

export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function usage(message: string): never {
  throw new InputError(`${message} (run strategy-align diff --help for usage)`);
}

interface DiffSettings {
  severity: SeverityOverrides;
  failOn: FailOn;
  baselinePath: string | undefined;
  baseline: Baseline | undefined;
  glossaryPath: string | undefined;
  glossary: GlossaryEntry[] | undefined;
}

/** The flags that change which findings there are: shared by `diff` and `report`. */
export type FindingFlags = Pick<DiffFlags, 'config' | 'severity' | 'baseline' | 'glossary' | 'failOn'>;

/** Flags over the config file over defaults; the baseline is read (and checked) here. */
async function diffSettings(flags: FindingFlags): Promise<DiffSettings> {
  const { config, directory } = await loadConfig(flags.config);
  // paths in the config file are relative to the file
  const fromConfig = (path: string | undefined) =>
    path === undefined || isAbsolute(path) ? path : join(directory, path);
  const severity: SeverityOverrides = { ...config.severity, ...parseSeveritySpec((flags.severity ?? []).join(',')) };
  const failOn = flags.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  const baselinePath = flags.baseline ?? fromConfig(config.baseline);
  const baseline = baselinePath === undefined ? undefined : await loadBaseline(baselinePath);
  const glossaryPath = flags.glossary ?? fromConfig(config.glossary);
  const glossary = glossaryPath === undefined ? undefined : loadGlossary(glossaryPath);
  return { severity, failOn, baselinePath, baseline, glossaryPath, glossary };
}

function diffOptionsOf(settings: DiffSettings): DiffOptions {
  const { severity, baseline, glossary } = settings;
  return { severity, ...(baseline ? { baseline } : {}), ...(glossary ? { glossary } : {}) };
}

/**
 * The runDiff options the flags and the config file give. Every option and side file is checked
 * here, before the documents are read: usage errors come fast.
 */
export async function resolveDiffOptions(flags: FindingFlags): Promise<{ options: DiffOptions; failOn: FailOn }> {
  const settings = await diffSettings(flags);
  return { options: diffOptionsOf(settings), failOn: settings.failOn };
}

/** One report per pair in --out-dir, named by the pair's id; exit 1 when a pair fails or has a
 *  finding at or above --fail-on. */
async function diffManifest(flags: DiffFlags, toolVersion: string): Promise<number> {
  if (flags.outDir === undefined) usage('--manifest needs --out-dir DIR for the reports it writes');
  if (flags.output !== undefined) usage('-o names one file; with --manifest, use --out-dir');
  if (flags.writeBaseline !== undefined) usage('--write-baseline records one pair; run it without --manifest');
  const settings = await diffSettings(flags);
  const jobOptions: DiffJobOptions = {
    format: flags.format,
    failOn: settings.failOn,
    severity: settings.severity,
    ...(settings.baselinePath === undefined ? {} : { baselinePath: resolve(settings.baselinePath) }),
    ...(settings.glossaryPath === undefined ? {} : { glossaryPath: resolve(settings.glossaryPath) }),
    outDir: resolve(flags.outDir),
    toolVersion,
  };
  return runManifest<DiffJobOptions>(
    {
      command: 'diff',
      tool: `strategy-align ${toolVersion}`,
      jobModule: new URL('./diff-job.js', import.meta.url),
      jobOptions,
      summaryOptions: {
        format: flags.format,
        failOn: settings.failOn,
        severity: settings.severity,
        baseline: settings.baselinePath ?? null,
        glossary: settings.glossaryPath ?? null,
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

async function diffCommand(jaPath: string, enPath: string, flags: DiffFlags, toolVersion: string): Promise<number> {
  const { options, failOn } = await resolveDiffOptions(flags);
  const alignment = loadAlignment(jaPath, enPath);
  const result = runDiff(alignment, options);
  const input: ReportInput = { jaPath: alignment.ja.path, enPath: alignment.en.path, result };
  emit(await render(flags.format, input, { failOn, toolVersion, toFile: flags.output !== undefined && flags.output !== '-' }), flags.output);

  if (flags.writeBaseline !== undefined) {
    const recorded = buildBaseline([...result.discrepancies, ...result.suppressed]);
    writeFileAtomic(flags.writeBaseline, serializeBaseline(recorded));
    process.stderr.write(`strategy-align: recorded ${recorded.findings.length} findings in ${flags.writeBaseline}\n`);
    return 0; // the findings are accepted now: writing a baseline is not a failing run
  }
  return failsAt(result.summary, failOn) ? 1 : 0;
}

/** --config FILE, else .strategy-align.json in the working directory, else no config. */
async function loadConfig(path: string | undefined): Promise<{ config: DiffConfig; directory: string }> {
  const file = path ?? (existsSync(CONFIG_FILE) ? CONFIG_FILE : undefined);
  if (file === undefined) return { config: {}, directory: '.' };
  return { config: await parseConfig(readSource(file).text, file), directory: dirname(file) };
}

export function loadGlossary(path: string): GlossaryEntry[] {
  return readGlossary(readSource(path).text, glossaryFormatOf(path), path);
}

export async function loadBaseline(path: string): Promise<Baseline> {
  return parseBaseline(readSource(path).text, path);
}

export interface RenderContext {
  failOn: FailOn;
  toolVersion: string;
  toFile: boolean;
}

// Formatters are imported on demand: xmlbuilder2 alone takes ~100 ms to load, which a text run
// should not pay.
export async function render(format: DiffFormat, input: ReportInput, context: RenderContext): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../diff/format/json.js')).formatJson(input);
    case 'sarif':
      return (await import('../diff/format/sarif.js')).formatSarif(input, {
        toolVersion: context.toolVersion,
        baseDirectory: process.cwd(),
      });
    case 'markdown':
      return (await import('../diff/format/markdown.js')).formatMarkdown(input, { failOn: context.failOn });
    case 'junit':
      return (await import('../diff/format/junit.js')).formatJunit(input, { failOn: context.failOn });
    case 'text': {
      const { stdoutColorLevel } = await import('./color.js');
      return (await import('../diff/format/text.js')).formatText(input, { colorLevel: stdoutColorLevel(context.toFile) });
    }
  }
}
