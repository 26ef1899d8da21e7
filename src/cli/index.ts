// The command-line layer: parses options, calls the stages, prints. No pipeline logic lives here.
import { Command, CommanderError } from 'commander';
import { InputError } from '../model.js';
import { manageInterrupts } from '../atomic-file.js';
import { stopProgress } from './progress.js';
import { registerAlign } from './align.js';
import { registerDiff } from './diff.js';
import { registerExport } from './export.js';
import { registerGlossary } from './glossary.js';
import { registerParse } from './parse.js';
import { registerReport } from './report.js';

export { capYoungGeneration } from './young-generation.js';

export const VERSION = '0.1.0';

export function buildProgram(): Command {
  const program = new Command('strategy-align')
    .description('Align a Japanese policy document with its English translation and report where they disagree.')
    .version(VERSION)
    .option('--debug', 'show stack traces of internal errors')
    .configureOutput({ outputError: usageErrorLine('strategy-align') })
    .exitOverride();
  registerParse(program);
  registerAlign(program);
  registerDiff(program);
  registerReport(program);
  registerGlossary(program);
  registerExport(program);
  for (const command of program.commands) command.configureOutput({ outputError: usageErrorLine(`strategy-align ${command.name()}`) });
  return program;
}

/**
 * Commander's usage errors ("error: unknown option '--bogus'") in the style of every other error:
 * one line, `strategy-align: problem`, with where to find the usage.
 */
function usageErrorLine(usage: string): (message: string, write: (text: string) => void) => void {
  return (message, write) => write(`strategy-align: ${message.replace(/^error: /u, '').trim().replace(/\s*\n\s*/gu, ' ')} (run ${usage} --help for usage)\n`);
}

/**
 * Runs the command line and returns the exit code. `build` is the program to run: the real one,
 * or in tests one with a command that fails on purpose.
 */
export async function main(argv: string[], build: () => Command = buildProgram): Promise<number> {
  const debug = argv.includes('--debug');
  installSignalHandlers();
  const program = build();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (error) {
    stopProgress(); // the bar off the line before the error's
    if (error instanceof CommanderError) {
      // help and version end with code 0; usage errors were already printed by commander
      return error.exitCode === 0 ? 0 : 2;
    }
    if (error instanceof InputError) {
      process.stderr.write(`strategy-align: ${error.message}\n`);
      return 2;
    }
    reportInternalError(error, debug);
    return 2;
  } finally {
    stopProgress();
  }
}

let signalHandlersInstalled = false;

/**
 * Ctrl-C (SIGINT) and SIGTERM end the run at any stage with 130 / 143 and leave no temp file:
 * the signal's default action while the pipeline computes, a cleanup handler only while files
 * are being written (src/atomic-file.ts says why). Set up once per process, by bin/ before the
 * command runs (and by main() for callers that run it in process). With
 * STRATEGY_ALIGN_SIGNAL_READY set, says so on stderr once set up, and names each stage as it
 * starts (progress.ts): a test that sends a signal waits for those lines instead of guessing a delay.
 */
export function installSignalHandlers(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  manageInterrupts();
  if (process.env.STRATEGY_ALIGN_SIGNAL_READY) process.stderr.write('strategy-align: signal handlers ready\n');
}

/** One line for a person; the stack trace only with --debug. */
function reportInternalError(error: unknown, debug: boolean): void {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`strategy-align: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
  if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}\n`);
}

/**
 * For the process bin/strategy-align.js starts: an error thrown outside main()'s reach (in an event
 * handler, a stray promise) is reported like one inside it, not as Node's stack trace.
 */
export function installCrashHandlers(argv: string[]): void {
  const debug = argv.includes('--debug');
  const crash = (error: unknown) => {
    reportInternalError(error, debug);
    process.exit(2);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
}
