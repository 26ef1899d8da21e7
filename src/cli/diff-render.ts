// A diff result → the report in the format asked for. Shared by `diff` and its batch job.
import { resolve } from 'node:path';
import type { FailOn } from '../diff/config.js';
import { STDIN_NAME } from '../model.js';
import type { ReportInput } from '../diff/format/common.js';
import type { DiffFormat } from './diff-flags.js';

export interface RenderContext {
  failOn: FailOn;
  toolVersion: string;
  toFile: boolean;
  /** Named in the SARIF justification of the findings it suppressed. */
  baselinePath?: string;
  /** Absolute; SARIF artifact URIs are relative to it. Default: the working directory. */
  sarifRoot?: string;
}

/** A path as the user gave it, from the working directory; the stdin placeholder stays as it is. */
function fromWorkingDirectory(path: string): string {
  return path === STDIN_NAME ? path : resolve(path);
}

// Formatters are imported on demand: xmlbuilder2 alone takes ~100 ms to load, which a text run
// should not pay.
export async function render(format: DiffFormat, input: ReportInput, context: RenderContext): Promise<string> {
  switch (format) {
    case 'json':
      return (await import('../diff/format/json.js')).formatJson(input);
    case 'sarif':
      return (await import('../diff/format/sarif.js')).formatSarif(
        { ...input, jaPath: fromWorkingDirectory(input.jaPath), enPath: fromWorkingDirectory(input.enPath) },
        {
          toolVersion: context.toolVersion,
          baseDirectory: context.sarifRoot ?? process.cwd(),
          ...(context.baselinePath === undefined ? {} : { baselinePath: context.baselinePath }),
        },
      );
    case 'markdown':
      return (await import('../diff/format/markdown.js')).formatMarkdown(input, { failOn: context.failOn });
    case 'junit':
      return (await import('../diff/format/junit.js')).formatJunit(input, { failOn: context.failOn });
    case 'text': {
      const { stdoutColorLevel } = await import('./color.js');
      return (await import('../diff/format/text.js')).formatText(input, { colorLevel: stdoutColorLevel(context.toFile) });
    }
  }
}
