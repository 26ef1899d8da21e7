import { Option, type Command } from 'commander';
import { annotateDocument } from '../anchors/index.js';
import { formatAnchors } from '../anchors/format.js';
import { formatOutline, parseDocument, toDocumentJson } from '../parse/index.js';
import { readSource } from '../read/index.js';
import { emit } from './output.js';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse one document into its section tree of blocks')
    .argument('<file>', 'Japanese (plain text) or English (markdown) document')
    .addOption(new Option('-f, --format <format>', 'tree (outline for a person) | json (document@1 contract)').choices(['tree', 'json']).default('tree'))
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .option('--anchors', "list each block's anchors (numbers, dates, names, titles) with their values")
    .action((file: string, options: { format: 'tree' | 'json'; output?: string; anchors?: boolean }) => {
      const document = parseDocument(readSource(file));
      if (options.anchors) return emit(formatAnchors(annotateDocument(document)), options.output);
      // The JSON contract carries each block's anchors and sentences; the outline does not need them.
      const out = options.format === 'json' ? `${JSON.stringify(toDocumentJson(annotateDocument(document)), null, 2)}\n` : formatOutline(document);
      emit(out, options.output);
    });
}
