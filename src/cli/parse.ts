import type { Command } from 'commander';
import { parseDocument } from '../parse/index.js';
import { readSource } from '../read/index.js';
import { emit } from './output.js';

export function registerParse(program: Command): void {
  program
    .command('parse')
    .description('parse one document into its section tree of blocks')
    .argument('<file>', 'Japanese (plain text) or English (markdown) document')
    .option('-f, --format <format>', 'tree | json', 'tree')
    .option('-o, --output <file>', 'write to a file (atomically) instead of stdout')
    .action((file: string, options: { format: string; output?: string }) => {
      const document = parseDocument(readSource(file));
      if (options.format === 'json') emit(`${JSON.stringify(document, null, 2)}\n`, options.output);
      else emit(`${document.blocks.length} blocks\n`, options.output);
    });
}
