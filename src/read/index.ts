// Reading is the only stage that touches the file system on the way in.
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { InputError, type Lang, type SourceText, STDIN_NAME } from '../model.js';
import { decode, normalizeNewlines } from './decode.js';
import { describeFsError } from './fs-errors.js';
import { detectLanguage } from './language.js';

export { decode, normalizeNewlines } from './decode.js';
export { detectLanguage } from './language.js';
export { describeFsError, describeWriteError } from './fs-errors.js';

/** Inputs above this are refused: a policy document is 100 KB; 50 MB is a mistake, not a document. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

function tooLarge(path: string, bytes: number | null): InputError {
  const limit = MAX_INPUT_BYTES / 1048576;
  // rounded up, so that 50 MB and a byte never reads "50.0 MB"
  const size = bytes === null ? `more than ${limit} MB` : `${Math.ceil((bytes / 1048576) * 10) / 10} MB`;
  return new InputError(`is ${size}, over the ${limit} MB limit for an input (a policy document is well under 1 MB: is this the right file?)`, path);
}

export interface ReadOptions {
  /** The name a document read from standard input (`-`) goes by in reports; default STDIN_NAME. */
  stdinName?: string;
}

/** Reads a file, or standard input for `-` (once a process: a second `-` is an input error). */
export function readSource(path: string, options: ReadOptions = {}): SourceText {
  if (path === '-') {
    const name = options.stdinName ?? STDIN_NAME;
    return sourceFromBytes(readStandardInput(name), name);
  }
  return sourceFromBytes(readInput(path), path);
}

let standardInputRead = false;

function readStandardInput(name: string): Buffer {
  if (standardInputRead) throw new InputError('standard input can be read once: give - for one input only', '-');
  standardInputRead = true;
  try {
    return readBounded(0, name);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error), name);
  }
}

/**
 * The bytes of a file, refused over MAX_INPUT_BYTES. A regular file's size is checked before
 * reading; a pipe, a device or /dev/stdin has none, so it is read in chunks and refused as soon as
 * it passes the limit: memory stays bounded either way.
 */
function readInput(path: string): Buffer {
  try {
    const stat = statSync(path);
    if (stat.isDirectory()) throw new InputError('is a directory, not a file', path);
    if (stat.size > MAX_INPUT_BYTES) throw tooLarge(path, stat.size);
    return stat.isFile() ? readFileSync(path) : readBounded(openSync(path, 'r'), path);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(describeFsError(error), path);
  }
}

function readBounded(fd: number, path: string): Buffer {
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(1 << 20);
      let read: number;
      try {
        read = readSync(fd, chunk, 0, chunk.length, null);
      } catch (error) {
        // a terminal or a non-blocking pipe with nothing yet: wait for it rather than fail
        if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
        Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 10);
        continue;
      }
      if (read === 0) return Buffer.concat(chunks, total);
      total += read;
      if (total > MAX_INPUT_BYTES) throw tooLarge(path, null);
      chunks.push(read === chunk.length ? chunk : chunk.subarray(0, read));
    }
  } finally {
    if (fd !== 0) closeSync(fd);
  }
}

export function sourceFromBytes(bytes: Uint8Array, path: string, lang?: Lang): SourceText {
  const { text, encoding } = decode(bytes, path);
  const normalized = normalizeNewlines(text);
  if (normalized.trim() === '') throw new InputError('contains only white space', path);
  return {
    path,
    text: normalized,
    encoding,
    lang: lang ?? detectLanguage(normalized).lang,
    sha256: createHash('sha256').update(bytes).digest('hex'),
  };
}


/**
 * Reads the pair and checks that the Japanese file is Japanese and the English file English.
 * Given the wrong way round, they are swapped with a warning: refusing would only make the user
 * retype the command, and the swap is unambiguous once both languages are detected.
 */
export function readPair(jaPath: string, enPath: string, warn: (message: string) => void, options: ReadOptions = {}): { ja: SourceText; en: SourceText } {
  if (jaPath === '-' && enPath === '-') throw new InputError('standard input holds one document: give - for the Japanese or the English, not both');
  let ja = readSource(jaPath, options);
  let en = readSource(enPath, options);
  if (ja.lang === 'en' && en.lang === 'ja') {
    warn(`${ja.path} is English and ${en.path} is Japanese: taking them the other way round`);
    [ja, en] = [en, ja];
  } else if (ja.lang !== 'ja') {
    throw new InputError('expected the Japanese document here, but the text is not Japanese', ja.path);
  } else if (en.lang !== 'en') {
    throw new InputError('expected the English document here, but the text is Japanese', en.path);
  }
  return { ja, en };
}
