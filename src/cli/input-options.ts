// Options every command that reads documents shares.
import { Option } from 'commander';

/** `-` for a document reads standard input; this names it in reports (SARIF needs a repository path). */
export function stdinNameOption(): Option {
  return new Option('--stdin-name <path>', 'the name of a document given as - (standard input) in reports (default: <stdin>)');
}

export function readOptionsOf(flags: { stdinName?: string }): { stdinName?: string } {
  return flags.stdinName === undefined ? {} : { stdinName: flags.stdinName };
}
