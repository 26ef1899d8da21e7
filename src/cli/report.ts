// `strategy-align report JA EN -o report.html`: the same findings as `diff` (same config, severities,
// baseline), rendered as one self-contained HTML page. Exit 0 once the page is written, whatever it shows.
import type { Command } from 'commander';
import type { FindingFlags } from '../pipeline/options.js';
import { collect, FORCE_HELP } from './diff-flags.js';
import { chooseFormat } from './format-choice.js';
import { readOptionsOf, stdinNameOption } from './input-options.js';
import { emit } from './output.js';
import { stageProgress } from './progress.js';

interface ReportFlags extends Omit<FindingFlags, 'failOn'> {
  output?: string;
  title?: string;
  timestamp?: boolean;
  stdinName?: string;
  force?: boolean;
}

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('write a side-by-side HTML review page with the findings marked in place')
    .argument('<ja>', 'Japanese original (plain text)')
    .argument('<en>', 'English translation (markdown)')
    .option('-o, --output <file>', 'write the page to a file (atomically) instead of stdout')
    .addOption(stdinNameOption())
    .option('--config <file>', 'config file, as for diff (default: .strategy-align.json when present)')
    .option('--severity <spec>', 'severity per kind, e.g. omission=warning,duplication=off (repeatable)', collect)
    .option('--baseline <file>', 'leave out the findings recorded in this baseline file (counted on the page)')
    .option('--glossary <file>', 'glossary for the terminology check')
    .option('--title <text>', 'page title (default: the documents\' titles)')
    .option('--force', FORCE_HELP)
    .option('--timestamp', 'show the time of the run on the page (the output then differs run to run)')
    .action(async (ja: string, en: string, flags: ReportFlags) => {
      // one format; the check still refuses `-o report.json`, which would hold HTML
      chooseFormat({ command: 'report', extensions: { html: ['html'], htm: ['html'] }, fallback: 'html' }, undefined, flags.output);
      const [{ resolvePipelineOptions }, { ALIGN_STAGES, alignPair, findDiscrepancies }, { reportChunks }, { refuseUnlessTranslation }] = await Promise.all([
        import('../pipeline/options.js'),
        import('../pipeline/index.js'),
        import('../report/index.js'),
        import('./translation-check.js'),
      ]);
      const options = await resolvePipelineOptions(flags);
      const progress = stageProgress([...ALIGN_STAGES, 'findings', 'render']);
      const alignment = alignPair(ja, en, { ...options, ...readOptionsOf(flags), onStage: progress.stage });
      refuseUnlessTranslation(alignment, ja, en, flags.force);
      progress.stage('findings');
      const { discrepancies, summary } = findDiscrepancies(alignment, options);
      progress.stage('render');
      const html = reportChunks(alignment, discrepancies, {
        ...(flags.title !== undefined ? { title: flags.title } : {}),
        ...(flags.timestamp ? { timestamp: new Date().toISOString() } : {}),
        suppressed: summary.suppressed,
        ...(options.baseline ? { baseline: options.baseline.findings.findings } : {}),
      });
      progress.stop(); // the page is rendered as it is written, after the bar is gone from the terminal
      await emit(html, flags.output);
    });
}
