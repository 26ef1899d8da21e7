// The settings every pair command shares, built once from the flags and the config file:
// severities, --fail-on, the baseline, the glossary, where warnings go. Every side file is read and
// checked here, before the documents are: usage errors come fast.
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { type Baseline, parseBaseline } from '../diff/baseline.js';
import { DEFAULT_FAIL_ON, type DiffConfig, type FailOn, parseConfig, parseSeveritySpec, type SeverityOverrides } from '../diff/config.js';
import type { DiffOptions } from '../diff/index.js';
import { readSource } from '../read/index.js';

export const CONFIG_FILE = '.strategy-align.json';

export type GlossaryEntry = NonNullable<DiffOptions['glossary']>[number];

/** The flags that change which findings there are: shared by `diff` and `report`. */
export interface FindingFlags {
  config?: string;
  severity?: string[];
  baseline?: string;
  glossary?: string;
  failOn?: FailOn;
}

/** What the documents' pipeline needs besides the documents. Plain data except `onWarning`. */
export interface PipelineOptions {
  /** Severity per kind: flags over the config file. */
  severity: SeverityOverrides;
  failOn: FailOn;
  /** Paths as given (flags) or resolved from the config file's folder. */
  baseline?: { path: string; findings: Baseline };
  glossary?: { path: string; entries: GlossaryEntry[] };
  /** Non-fatal problems with the input (e.g. the pair given the wrong way round). */
  onWarning: (message: string) => void;
}

/** The options a worker thread receives: everything but the warning sink, which cannot be cloned. */
export type TransferablePipelineOptions = Omit<PipelineOptions, 'onWarning'>;

export function warnOnStderr(message: string): void {
  process.stderr.write(`strategy-align: warning: ${message}\n`);
}

/** Defaults: no config, no baseline, no glossary, warnings on stderr. */
export function defaultPipelineOptions(overrides: Partial<PipelineOptions> = {}): PipelineOptions {
  return { severity: {}, failOn: DEFAULT_FAIL_ON, onWarning: warnOnStderr, ...overrides };
}

/** Flags over the config file over defaults. */
export async function resolvePipelineOptions(flags: FindingFlags, onWarning: (message: string) => void = warnOnStderr): Promise<PipelineOptions> {
  const { config, directory } = await loadConfig(flags.config);
  // paths in the config file are relative to the file
  const fromConfig = (path: string | undefined) => (path === undefined || isAbsolute(path) ? path : join(directory, path));
  const severity: SeverityOverrides = { ...config.severity, ...parseSeveritySpec((flags.severity ?? []).join(',')) };
  const failOn = flags.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  const baselinePath = flags.baseline ?? fromConfig(config.baseline);
  const glossaryPath = flags.glossary ?? fromConfig(config.glossary);
  return {
    severity,
    failOn,
    ...(baselinePath === undefined ? {} : { baseline: { path: baselinePath, findings: await loadBaseline(baselinePath) } }),
    ...(glossaryPath === undefined ? {} : { glossary: { path: glossaryPath, entries: await loadGlossary(glossaryPath) } }),
    onWarning,
  };
}

/** The runDiff options these settings give. */
export function diffOptionsOf(options: Pick<PipelineOptions, 'severity' | 'baseline' | 'glossary'>): DiffOptions {
  return {
    severity: options.severity,
    ...(options.baseline ? { baseline: options.baseline.findings } : {}),
    ...(options.glossary ? { glossary: options.glossary.entries } : {}),
  };
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
