// `strategy-align diff JA EN`: options → config, severities, baseline → align → runDiff → report.
// Exit 0 when no finding reaches --fail-on, 1 when some does, 2 on bad usage or input (main()).
import { existsSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
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
import { runDiff } from '../diff/index.js';
import { readSource } from '../read/index.js';
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
}

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('report where the English translation disagrees with the Japanese original')
    .argument('<ja>', 'Japanese original (plain text)')
    .argument('<en>', 'English translation (markdown)')
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
    .action(async (ja: string, en: string, flags: DiffFlags) => {
      process.exitCode = await diffCommand(ja, en, flags, program.version() ?? '0.0.0');
    });
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

async function diffCommand(jaPath: string, enPath: string, flags: DiffFlags, toolVersion: string): Promise<number> {
  // every option and side file is checked before the documents are read: usage errors come fast
  const { config, directory } = await loadConfig(flags.config);
  // paths in the config file are relative to the file
  const fromConfig = (path: string | undefined) =>
    path === undefined || isAbsolute(path) ? path : join(directory, path);
  const severity: SeverityOverrides = { ...config.severity, ...parseSeveritySpec((flags.severity ?? []).join(',')) };
  const failOn = flags.failOn ?? config.failOn ?? DEFAULT_FAIL_ON;
  const baselinePath = flags.baseline ?? fromConfig(config.baseline);
  const baseline = baselinePath === undefined ? undefined : await loadBaseline(baselinePath);
  const glossaryPath = flags.glossary ?? fromConfig(config.glossary);

  const alignment = loadAlignment(jaPath, enPath);
  const result = runDiff(alignment, { severity, ...(baseline ? { baseline } : {}), ...(glossaryPath ? { glossaryPath } : {}) });
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

async function loadBaseline(path: string): Promise<Baseline> {
  return parseBaseline(readSource(path).text, path);
}

interface RenderContext {
  failOn: FailOn;
  toolVersion: string;
  toFile: boolean;
}

// Formatters are imported on demand: xmlbuilder2 alone takes ~100 ms to load, which a text run
// should not pay.
async function render(format: DiffFormat, input: ReportInput, context: RenderContext): Promise<string> {
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
