// `strategy-align parse FILE`: one document's section tree of blocks. The stages load when the
// command runs, not when the program starts (see index.ts).
import { Option, type Command } from 'commander';
import { chooseFormat, type FormatTable } from './format-choice.js';
import { visibleControl } from '../text/escape.js';
import { readOptionsOf, stdinNameOption } from './input-options.js';
import { emit } from './output.js';

type ParseFormat = 'tree' | 'json';

/** `text` is accepted for `tree`: every other command calls its format for people `text`. */
const PARSE_FORMAT_TABLE: FormatTable<ParseFormat> = { command: 'parse', extensions: { txt: ['tree'], json: ['json'] }, fallback: 'tree' };

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse one document into its section tree of blocks')
    .argument('<file>', 'Japanese (plain text) or English (markdown) document')
    .addOption(
      new Option('-f, --format <format>', 'tree or text (outline for a person; default) | json (document@1 contract, with anchors)').choices(['tree', 'text', 'json']),
    )
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .addOption(stdinNameOption())
    .option('--anchors', "list each block's anchors (numbers, dates, names, titles) with their values; with -f json, the document@1 JSON that carries them")
    .action(async (file: string, options: { format?: 'tree' | 'text' | 'json'; output?: string; anchors?: boolean; stdinName?: string }) => {
      const given = options.format === 'text' ? 'tree' : options.format;
      const format = chooseFormat(PARSE_FORMAT_TABLE, given, options.output);
      const [{ readSource }, { formatOutline, parseDocument, toDocumentJson }, { annotateDocument }] = await Promise.all([
        import('../read/index.js'),
        import('../parse/index.js'),
        import('../anchors/index.js'),
      ]);
      const document = parseDocument(readSource(file, readOptionsOf(options)));
      if (format === 'json') {
        // The JSON contract carries each block's anchors and sentences: the same output with or without --anchors.
        return emit(`${JSON.stringify(toDocumentJson(annotateDocument(document)), null, 2)}\n`, options.output);
      }
      if (options.anchors) {
        const { formatAnchors } = await import('../anchors/format.js');
        return emit(visibleControl(formatAnchors(annotateDocument(document))), options.output);
      }
      await emit(visibleControl(formatOutline(document)), options.output);
    });
}
