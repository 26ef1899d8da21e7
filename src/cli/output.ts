// Where results go: stdout, or a file written atomically (temp file in the same folder, then
// rename), so an interrupted run never leaves a half-written file behind.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from '../model.js';

const pendingTempFiles = new Set<string>();

const interruptHooks: Array<() => Promise<void>> = [];

/** Work to finish before an interrupted run removes its temp files (stopping worker threads that
 *  would otherwise go on writing while the cleanup runs). */
export function beforeInterruptCleanup(hook: () => Promise<void>): void {
  interruptHooks.push(hook);
}

export async function runInterruptHooks(): Promise<void> {
  await Promise.all(interruptHooks.map((hook) => hook().catch(() => undefined)));
}

/** Removes temp files of writes still in progress; called on SIGINT/SIGTERM. */
export function removePendingTempFiles(): void {
  for (const file of pendingTempFiles) {
    try {
      unlinkSync(file);
    } catch {
      // already gone
    }
  }
  pendingTempFiles.clear();
}

/** The temporary file writeFileAtomic writes before renaming it to `path`. */
export function tempPathFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const temp = tempPathFor(path);
  pendingTempFiles.add(temp);
  try {
    const fd = openSync(temp, 'w');
    try {
      writeSync(fd, typeof data === 'string' ? Buffer.from(data, 'utf8') : data);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    try {
      unlinkSync(temp);
    } catch {
      // never created
    }
    const code = (error as NodeJS.ErrnoException).code;
    throw new InputError(`cannot be written (${code ?? String(error)})`, path);
  } finally {
    pendingTempFiles.delete(temp);
  }
}

let stdoutGuarded = false;

/**
 * `strategy-align … | head` closes the pipe early: that is the reader's choice, not an error. Any
 * other failure to write (a full disk: `> /dev/full`) is one line and exit 2, as bad input is.
 */
function guardStdout(): void {
  if (stdoutGuarded) return;
  stdoutGuarded = true;
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    process.stderr.write(`strategy-align: cannot write to standard output (${error.code ?? error.message})\n`);
    if (process.argv.includes('--debug') && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exit(2);
  });
}

/** Writes to `-o FILE` atomically, or to stdout when no file is given. */
export function emit(data: string, outFile: string | undefined): void {
  if (outFile && outFile !== '-') writeFileAtomic(outFile, data);
  else {
    guardStdout();
    process.stdout.write(data);
  }
}
