// Which format a command writes: --format when given, else the one the -o file's extension names,
// else the command's default. A file named `r.sarif` must hold SARIF, or a later upload step fails
// on what looks like the right file; so an extension that contradicts --format, or that names no
// format of this command, is a usage error rather than a guess.
import { InputError } from '../model.js';

export interface FormatTable<F extends string> {
  /** The command, for the error message. */
  command: string;
  /** Extension (lower case, no dot; may hold a dot, as `sarif.json`) → the formats it may hold, the first inferred. */
  extensions: Readonly<Record<string, readonly F[]>>;
  /** Without --format and without a file extension (stdout, `-o report`). */
  fallback: F;
}

/** The longest known extension of a file name (`r.sarif.json` → `sarif.json`), the last one when none is known, or null. */
function extensionOf(file: string, known: Readonly<Record<string, unknown>>): string | null {
  const name = file.toLowerCase().replace(/^.*[/\\]/u, '');
  const parts = name.split('.').slice(1);
  if (parts.length === 0 || (parts.length === 1 && name.startsWith('.'))) return null;
  for (let i = 0; i < parts.length; i++) {
    const candidate = parts.slice(i).join('.');
    if (candidate in known) return candidate;
  }
  return parts.at(-1) || null;
}

export function chooseFormat<F extends string>(table: FormatTable<F>, given: F | undefined, output: string | undefined): F {
  const extension = output === undefined || output === '-' ? null : extensionOf(output, table.extensions);
  const named = extension === null ? undefined : table.extensions[extension];
  if (given !== undefined) {
    if (named !== undefined && !named.includes(given)) {
      throw new InputError(`the extension .${extension} names ${named[0]}, but --format is ${given}: rename the file or drop --format`, output);
    }
    return given;
  }
  if (extension === null) return table.fallback;
  if (named === undefined) {
    const known = Object.keys(table.extensions).map((e) => `.${e}`).join(', ');
    throw new InputError(`${table.command} cannot tell a format from the extension .${extension} (it knows ${known}): give --format`, output);
  }
  return named[0]!;
}
