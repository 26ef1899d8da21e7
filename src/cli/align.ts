// `strategy-align align JA EN`: the alignment as JSON, JSON lines or a two-column listing. The
// stages load when the command runs, not when the program starts (see index.ts).
import { Option, type Command } from 'commander';
import { chooseFormat, type FormatTable } from './format-choice.js';
import { visibleControl } from '../text/escape.js';
import { readOptionsOf, stdinNameOption } from './input-options.js';
import { emit } from './output.js';
import { stageProgress } from './progress.js';
import { FORCE_HELP } from './diff-flags.js';

const FORMATS = ['json', 'jsonl', 'text'] as const;
type AlignFormat = (typeof FORMATS)[number];
const LEVELS = ['block', 'sentence'] as const;

/** On a terminal the listing is for a person; piped or written to a file, JSON for a program. */
export function alignFormatTable(stdoutIsTerminal: boolean): FormatTable<AlignFormat> {
  return { command: 'align', extensions: { json: ['json'], jsonl: ['jsonl'], ndjson: ['jsonl'], txt: ['text'] }, fallback: stdoutIsTerminal ? 'text' : 'json' };
}

export function registerAlign(program: Command): void {
  program
    .command('align')
    .description('align the Japanese document with its English translation')
    .argument('<ja>', 'Japanese document')
    .argument('<en>', 'English document')
    .addOption(new Option('-l, --level <level>', 'block | sentence').choices(LEVELS).default('sentence'))
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o file name, else text on a terminal, json otherwise)').choices(FORMATS))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(stdinNameOption())
    .option('--force', FORCE_HELP)
    .action(async (ja: string, en: string, options: { level: 'block' | 'sentence'; format?: AlignFormat; output?: string; stdinName?: string; force?: boolean }) => {
      const toStdout = options.output === undefined || options.output === '-';
      const format = chooseFormat(alignFormatTable(toStdout && process.stdout.isTTY === true), options.format, options.output);
      const level = options.level;
      const [{ alignPair, ALIGN_STAGES }, { warnOnStderr }, { refuseUnlessTranslation }] = await Promise.all([
        import('../pipeline/index.js'),
        import('../pipeline/options.js'),
        import('./translation-check.js'),
      ]);
      const progress = stageProgress(ALIGN_STAGES);
      const alignment = alignPair(ja, en, { onWarning: warnOnStderr, ...readOptionsOf(options), onStage: progress.stage });
      progress.stop();
      refuseUnlessTranslation(alignment, ja, en, options.force);
      if (format === 'text') {
        const { formatAlignmentText } = await import('../align/text-view.js');
        return emit(visibleControl(formatAlignmentText(alignment, level, process.stdout.columns || 160)), options.output);
      }
      const { alignmentJsonChunks, alignmentJsonlChunks } = await import('../align/serialize.js');
      await emit(format === 'json' ? alignmentJsonChunks(alignment, level) : alignmentJsonlChunks(alignment, level), options.output);
    });
}
