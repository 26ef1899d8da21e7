// `strategy-align parse FILE`: one document's section tree of blocks. The stages load when the
// command runs, not when the program starts (see index.ts).
import { Option, type Command } from 'commander';
import { emit } from './output.js';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse one document into its section tree of blocks')
    .argument('<file>', 'Japanese (plain text) or English (markdown) document')
    .addOption(new Option('-f, --format <format>', 'tree (outline for a person) | json (document@1 contract)').choices(['tree', 'json']).default('tree'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('--anchors', "list each block's anchors (numbers, dates, names, titles) with their values")
    .action(async (file: string, options: { format: 'tree' | 'json'; output?: string; anchors?: boolean }) => {
      const [{ readSource }, { formatOutline, parseDocument, toDocumentJson }] = await Promise.all([import('../read/index.js'), import('../parse/index.js')]);
      const document = parseDocument(readSource(file));
      if (options.anchors) {
        const [{ annotateDocument }, { formatAnchors }] = await Promise.all([import('../anchors/index.js'), import('../anchors/format.js')]);
        return emit(formatAnchors(annotateDocument(document)), options.output);
      }
      if (options.format === 'tree') return emit(formatOutline(document), options.output);
      // The JSON contract carries each block's anchors and sentences; the outline does not need them.
      const { annotateDocument } = await import('../anchors/index.js');
      const out = `${JSON.stringify(toDocumentJson(annotateDocument(document)), null, 2)}\n`;
      emit(out, options.output);
    });
}
