// `strategy-align glossary JA EN`: ranked term pairs. The stages (and kuromoji) load when the
// command runs, not when the program starts (see index.ts).
import { InvalidArgumentError, Option, type Command } from 'commander';
import { GLOSSARY_FORMATS, type GlossaryFormat } from '../glossary/format-names.js';
import { chooseFormat, type FormatTable } from './format-choice.js';
import { visibleControl } from '../text/escape.js';
import { readOptionsOf, stdinNameOption } from './input-options.js';
import { emit } from './output.js';

function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value) || number < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  return number;
}

const GLOSSARY_FORMAT_TABLE: FormatTable<GlossaryFormat> = {
  command: 'glossary',
  extensions: { tsv: ['tsv'], txt: ['tsv'], csv: ['csv'], json: ['json'], tbx: ['tbx'] },
  fallback: 'tsv',
};

interface GlossaryOptions {
  format?: GlossaryFormat;
  minCount: number;
  limit?: number;
  output?: string;
  stdinName?: string;
}

export function registerGlossary(program: Command): void {
  program
    .command('glossary')
    .description('propose Japanese–English term pairs from the aligned document pair, ranked by confidence')
    .argument('<ja>', 'Japanese document (plain text)')
    .argument('<en>', 'English translation (markdown)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from the -o file name, else tsv)').choices([...GLOSSARY_FORMATS]))
    .option('--min-count <n>', 'keep pairs seen together in at least N aligned sentence pairs', positiveInteger, 1)
    .option('--limit <n>', 'keep only the N best candidates', positiveInteger)
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(stdinNameOption())
    .action(async (ja: string, en: string, options: GlossaryOptions) => {
      const format = chooseFormat(GLOSSARY_FORMAT_TABLE, options.format, options.output);
      const [{ alignPair }, { warnOnStderr }, { buildGlossary, formatGlossary }] = await Promise.all([
        import('../pipeline/index.js'),
        import('../pipeline/options.js'),
        import('../glossary/index.js'),
      ]);
      const alignment = alignPair(ja, en, { onWarning: warnOnStderr, ...readOptionsOf(options) });
      const candidates = await buildGlossary(alignment, { minCount: options.minCount });
      const kept = options.limit ? candidates.slice(0, options.limit) : candidates;
      const out = formatGlossary(kept, format, { ja: alignment.ja.path, en: alignment.en.path });
      // TSV escapes control characters itself (tsvRecord); CSV quoting leaves them raw
      await emit(format === 'csv' ? visibleControl(out) : out, options.output);
    });
}
