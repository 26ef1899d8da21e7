// The work of `strategy-align diff` (declared in diff.ts): settings from flags and the config
// file, one pair or a manifest of pairs, and the report formats, each loaded when asked for.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { type Baseline, buildBaseline, parseBaseline, serializeBaseline } from '../diff/baseline.js';
import { DEFAULT_FAIL_ON, type DiffConfig, type FailOn, failsAt, parseConfig, parseSeveritySpec, type SeverityOverrides } from '../diff/config.js';
import type { ReportInput } from '../diff/format/common.js';
import { type DiffOptions, runDiff } from '../diff/index.js';
import { parseShard } from '../export/manifest.js';
import type { GlossaryEntry } from '../glossary/types.js';
import { readSource } from '../read/index.js';
import { CONFIG_FILE, type DiffFlags, type DiffFormat, type FindingFlags, usage } from './diff.js';
import type { DiffJobOptions } from './diff-job.js';
import { defaultJobs, parseJobs } from './jobs.js';
import { emit, writeFileAtomic } from './output.js';
import { loadAlignment } from './pipeline.js';

interface DiffSettings {
  severity: SeverityOverrides;
  failOn: FailOn;
  baselinePath: string | undefined;
  baseline: Baseline | undefined;
  glossaryPath: string | undefined;
  glossary: GlossaryEntry[] | undefined;
}

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
  const glossary = glossaryPath === undefined ? undefined : await loadGlossary(glossaryPath);
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
export async function diffManifest(flags: DiffFlags, toolVersion: string): Promise<number> {
  if (flags.outDir === undefined) usage('--manifest needs --out-dir DIR for the reports it writes');
  if (flags.output !== undefined) usage('-o names one file; with --manifest, use --out-dir');
  if (flags.writeBaseline !== undefined) usage('--write-baseline records one pair; run it without --manifest');
  const settings = await diffSettings(flags);
  const [{ runManifest }, { diffFileName }] = await Promise.all([import('./batch.js'), import('./diff-job.js')]);
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
      jobModule: new URL('../cli/diff-job.js', import.meta.url), // right from dist/bundle/ too
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

export async function diffCommand(jaPath: string, enPath: string, flags: DiffFlags, toolVersion: string): Promise<number> {
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

/** The CSV and TBX parsers load only here, for a run with --glossary. */
export async function loadGlossary(path: string): Promise<GlossaryEntry[]> {
  const { glossaryFormatOf, readGlossary } = await import('../glossary/glossary-file.js');
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
