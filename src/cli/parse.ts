import type { Command } from 'commander';
import { annotateDocument } from '../anchors/index.js';
import { formatAnchors } from '../anchors/format.js';
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
    .option('--anchors', "list each block's anchors (numbers, dates, names, titles) with their values")
    .action((file: string, options: { format: string; output?: string; anchors?: boolean }) => {
      const document = parseDocument(readSource(file));
      if (options.anchors) return emit(formatAnchors(annotateDocument(document)), options.output);
      if (options.format === 'json') emit(`${JSON.stringify(document, null, 2)}\n`, options.output);
      else emit(`${document.blocks.length} blocks\n`, options.output);
    });
}
