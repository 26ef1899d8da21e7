// The command-line layer: parses options, calls the stages, prints. No pipeline logic lives here.
import { Command, CommanderError } from 'commander';
import { InputError } from '../model.js';
import { removePendingTempFiles } from './output.js';
import { registerAlign } from './align.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerGlossary } from './glossary.js';
import { registerParse } from './parse.js';
import { registerReport } from './report.js';

export const VERSION = '0.1.0';

export function buildProgram(): Command {
  const program = new Command('strategy-align')
    .description('Align a Japanese policy document with its English translation and report where they disagree.')
    .version(VERSION)
    .option('--debug', 'show stack traces of internal errors')
    .showHelpAfterError('(run strategy-align --help for usage)')
    .exitOverride();
  registerParse(program);
  registerAlign(program);
  registerDiff(program);
  registerReport(program);
  registerGlossary(program);
  registerExport(program);
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes('--debug');
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      removePendingTempFiles();
      process.exit(130);
    });
  }
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // help and version end with code 0; usage errors were already printed by commander
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`strategy-align: ${error.message}\n`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`strategy-align: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
    return 2;
  }
}
