import { Option, type Command } from 'commander';
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
    .action((file: string, options: { format: 'tree' | 'json'; output?: string }) => {
      const document = parseDocument(readSource(file));
      const out = options.format === 'json' ? `${JSON.stringify(toDocumentJson(document), null, 2)}\n` : formatOutline(document);
      emit(out, options.output);
    });
}
