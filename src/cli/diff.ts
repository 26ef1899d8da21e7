// `strategy-align diff JA EN`: options → config, severities, baseline → align → runDiff → report.
// Exit 0 when no finding reaches --fail-on, 1 when some does, 2 on bad usage or input (main()).
// `diff --manifest FILE --out-dir DIR`: the same for many pairs, one report per pair (diff-job.ts).
// This module only declares the command (flags: diff-flags.ts); the work is in diff-run.ts, loaded
// when the command runs.
import { type Command, Option } from 'commander';
import { defaultJobs } from '../batch/jobs.js';
import { DEFAULT_FAIL_ON, FAIL_ON_LEVELS } from '../diff/config.js';
import { CONFIG_FILE } from '../pipeline/options.js';
import { collect, DIFF_FORMATS, type DiffFlags, FORCE_HELP, usage } from './diff-flags.js';
import { stdinNameOption } from './input-options.js';

export function registerDiff(program: Command): void {
  program
    .command('diff')
    .description('report where the English translation disagrees with the Japanese original')
    .argument('[ja]', 'Japanese original (plain text)')
    .argument('[en]', 'English translation (markdown)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o file name, else text)').choices(DIFF_FORMATS))
    .option('-o, --output <file>', 'write the report to a file (atomically) instead of stdout')
    .addOption(
      new Option('--fail-on <level>', `lowest severity that makes diff exit with 1 (default: ${DEFAULT_FAIL_ON})`).choices(
        FAIL_ON_LEVELS,
      ),
    )
    .option('--baseline <file>', 'suppress the findings recorded in this baseline file')
    .option('--write-baseline <file>', 'record the current findings in this baseline file, then exit 0; prints the report only with -o or --format')
    .option('--prune-baseline', 'rewrite the --baseline file without the entries that matched no finding (the translation was fixed there)')
    .addOption(stdinNameOption())
    .option('--sarif-root <dir>', 'SARIF artifact paths relative to this folder, the repository root (default: the working directory)')
    .option('--config <file>', `config file (default: ${CONFIG_FILE} in the working directory, when present)`)
    .option('--severity <spec>', 'severity per kind, e.g. omission=warning,duplication=off (repeatable)', collect)
    .option('--glossary <file>', 'glossary for the terminology check')
    .option('--force', FORCE_HELP)
    .option('--manifest <file>', 'many pairs, one a line: JA path<TAB>EN path[<TAB>id] ("-": stdin); one report per pair')
    .option('--out-dir <dir>', 'with --manifest: folder for the reports and summary.json')
    .option('-j, --jobs <n>', `with --manifest: worker threads (default: ${defaultJobs()}, the number of cores)`)
    .option('--shard <i/n>', 'with --manifest: process only the i-th of n deterministic parts')
    .option('--summary <file>', 'with --manifest: where to write the summary JSON')
    .action(async (ja: string | undefined, en: string | undefined, flags: DiffFlags) => {
      const toolVersion = program.version() ?? '0.0.0';
      if (flags.manifest !== undefined) {
        if (ja !== undefined) usage('give either JA EN or --manifest, not both');
        process.exitCode = await (await import('./diff-run.js')).diffManifest(flags, toolVersion);
        return;
      }
      if (ja === undefined || en === undefined) usage('give the Japanese and the English document, or --manifest FILE');
      for (const [flag, value] of [['--out-dir', flags.outDir], ['--jobs', flags.jobs], ['--shard', flags.shard], ['--summary', flags.summary]] as const) {
        if (value !== undefined) usage(`${flag} works with --manifest only`);
      }
      process.exitCode = await (await import('./diff-run.js')).diffCommand(ja, en, flags, toolVersion);
    });
}
