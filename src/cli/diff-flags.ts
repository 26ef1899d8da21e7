// The flags of `strategy-align diff`, apart from the command so that its runner, its batch job and
// `report` can share them without importing the command.
import { InputError } from '../model.js';
import type { FindingFlags } from '../pipeline/options.js';
import type { FormatTable } from './format-choice.js';

/** Help of --force (align, diff, export, report); here, where the commands read it without loading a stage. */
export const FORCE_HELP = 'go on even when the documents do not look like a translation of each other';

export const DIFF_FORMATS = ['text', 'json', 'sarif', 'markdown', 'junit'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const DIFF_FORMAT_TABLE: FormatTable<DiffFormat> = {
  command: 'diff',
  extensions: { txt: ['text'], json: ['json'], sarif: ['sarif'], 'sarif.json': ['sarif'], md: ['markdown'], markdown: ['markdown'], xml: ['junit'] },
  fallback: 'text',
};

export interface DiffFlags extends FindingFlags {
  /** Undefined until chosen (format-choice.ts): --format, else the -o extension, else text. */
  format?: DiffFormat;
  output?: string;
  writeBaseline?: string;
  pruneBaseline?: boolean;
  stdinName?: string;
  sarifRoot?: string;
  manifest?: string;
  outDir?: string;
  jobs?: string;
  shard?: string;
  summary?: string;
  force?: boolean;
}

/** Commander's collector for repeatable flags (--severity). */
export function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

export function usage(message: string): never {
  throw new InputError(`${message} (run strategy-align diff --help for usage)`);
}
