// `strategy-align align JA EN`: the alignment as JSON, JSON lines or a two-column listing. The
// stages load when the command runs, not when the program starts (see index.ts).
import type { Command } from 'commander';
import { InputError } from '../model.js';
import { emit } from './output.js';
import { FORCE_HELP } from './diff-flags.js';

const FORMATS = ['json', 'jsonl', 'text'];
const LEVELS = ['block', 'sentence'];

export function registerAlign(program: Command): void {
  program
    .command('align')
    .description('align the Japanese document with its English translation')
    .argument('<ja>', 'Japanese document')
    .argument('<en>', 'English document')
    .option('-l, --level <level>', 'block | sentence', 'sentence')
    .option('-f, --format <format>', 'json | jsonl | text', 'json')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('--force', FORCE_HELP)
    .action(async (ja: string, en: string, options: { level: string; format: string; output?: string; force?: boolean }) => {
      if (!FORMATS.includes(options.format)) throw new InputError(`unknown --format '${options.format}' (expected ${FORMATS.join(', ')})`);
      if (!LEVELS.includes(options.level)) throw new InputError(`unknown --level '${options.level}' (expected ${LEVELS.join(', ')})`);
      const level = options.level as 'block' | 'sentence';
      const [{ alignPair }, { refuseUnlessTranslation }] = await Promise.all([import('../pipeline/index.js'), import('./translation-check.js')]);
      const alignment = alignPair(ja, en);
      refuseUnlessTranslation(alignment, ja, en, options.force);
      if (options.format === 'text') {
        const { formatAlignmentText } = await import('../align/text-view.js');
        return emit(formatAlignmentText(alignment, level, process.stdout.columns || 160), options.output);
      }
      const { toAlignmentJson } = await import('../align/serialize.js');
      const json = toAlignmentJson(alignment, level);
      if (options.format === 'json') return emit(`${JSON.stringify(json, null, 2)}\n`, options.output);
      const { pairs, ...header } = json;
      emit([JSON.stringify(header), ...pairs.map((p) => JSON.stringify(p))].join('\n') + '\n', options.output);
    });
}
