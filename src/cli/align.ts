import type { Command } from 'commander';
import { toAlignmentJson } from '../align/index.js';
import { formatAlignmentText } from '../align/text-view.js';
import { InputError } from '../model.js';
import { emit } from './output.js';
import { loadAlignment } from './pipeline.js';

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
    .action((ja: string, en: string, options: { level: string; format: string; output?: string }) => {
      if (!FORMATS.includes(options.format)) throw new InputError(`unknown --format '${options.format}' (expected ${FORMATS.join(', ')})`);
      if (!LEVELS.includes(options.level)) throw new InputError(`unknown --level '${options.level}' (expected ${LEVELS.join(', ')})`);
      const level = options.level as 'block' | 'sentence';
      const alignment = loadAlignment(ja, en);
      if (options.format === 'text') return emit(formatAlignmentText(alignment, level, process.stdout.columns || 160), options.output);
      const json = toAlignmentJson(alignment, level);
      if (options.format === 'json') return emit(`${JSON.stringify(json, null, 2)}\n`, options.output);
      const { pairs, ...header } = json;
      emit([JSON.stringify(header), ...pairs.map((p) => JSON.stringify(p))].join('\n') + '\n', options.output);
    });
}
