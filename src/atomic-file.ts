// Files written atomically (temp file in the same folder, then rename), so an interrupted run never
// leaves a half-written file behind. Shared by the CLI and the batch workers.
//
// Interruption (Ctrl-C, SIGTERM): while a run only computes, no JS handler is installed, so the
// signal's default action ends the process at once, at any stage (a JS handler could only run once
// the synchronous pipeline is over), and a shell sees 130 or 143. Only while something needs
// cleaning up (a temp file being written, batch workers writing theirs) does a handler hold the
// signal (handled where the event loop turns: between batches of a long output, at the end of a
// short one): it stops the workers, removes the temp files, then ends the process by the same signal,
// so the exit status is the same and a shell loop around the command stops too (bash stops a loop
// only when the command died of SIGINT, not when it exited 130).
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { isMainThread } from 'node:worker_threads';
import { InputError } from './model.js';
import { describeWriteError } from './read/fs-errors.js';
import { utf8Batches } from './text/utf8-chunks.js';

const pendingTempFiles = new Set<string>();

const interruptHooks: Array<() => Promise<void>> = [];

const INTERRUPTS = ['SIGINT', 'SIGTERM'] as const;

/** Set by the command-line program: a library caller's signals are its own business. */
let interruptsManaged = false;
let holds = 0;
let interrupted = false;

/** The CLI's process: hold interrupts while writing (see the top of this file). */
export function manageInterrupts(): void {
  interruptsManaged = true;
}

function onInterrupt(signal: NodeJS.Signals): void {
  if (interrupted) return;
  interrupted = true;
  void runInterruptHooks().finally(() => {
    removePendingTempFiles();
    for (const name of INTERRUPTS) process.removeListener(name, onInterrupt);
    process.kill(process.pid, signal); // no listener left: the default action, as if never held
  });
}

/**
 * Holds SIGINT and SIGTERM until the returned function is called: a signal meanwhile cleans up
 * and then ends the process. Nothing in a worker thread (signals reach the main thread only) or
 * outside the CLI.
 */
export function holdInterrupts(): () => void {
  if (!interruptsManaged || !isMainThread) return () => {};
  if (holds++ === 0) for (const name of INTERRUPTS) process.on(name, onInterrupt);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    // A signal that came during synchronous work waits in the event loop until its next poll
    // phase, which two turns of setImmediate are sure to pass: released sooner, it would be lost.
    setImmediate(() =>
      setImmediate(() => {
        if (--holds === 0 && !interrupted) for (const name of INTERRUPTS) process.removeListener(name, onInterrupt);
      }),
    );
  };
}

/** Work to finish before an interrupted run removes its temp files (stopping worker threads that
 *  would otherwise go on writing, removing the temp files they leave); returns its removal. */
export function beforeInterruptCleanup(hook: () => Promise<void>): () => void {
  interruptHooks.push(hook);
  return () => {
    const at = interruptHooks.indexOf(hook);
    if (at >= 0) interruptHooks.splice(at, 1);
  };
}

async function runInterruptHooks(): Promise<void> {
  await Promise.all(interruptHooks.map((hook) => hook().catch(() => undefined)));
}

/** Removes temp files of writes still in progress; called on SIGINT/SIGTERM. */
function removePendingTempFiles(): void {
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
  writeChunksAtomic(path, typeof data === 'string' ? [data] : data);
}

/**
 * As writeFileAtomic, for output made piece by piece (a long document streamed pair by pair): the
 * pieces go to the temp file as they come, so the whole text never has to be in memory at once.
 * Text pieces are written as UTF-8 (src/text/utf8-chunks.ts), bytes as they are; `onBytes` sees
 * every buffer written (a caller's hash or byte count). The file appears, whole, only once the last piece is written.
 */
export function writeChunksAtomic(path: string, pieces: Iterable<string> | Uint8Array, onBytes?: (bytes: Uint8Array) => void): void {
  const { temp, release } = startWrite(path);
  try {
    const fd = openSync(temp, 'w');
    try {
      const buffers = pieces instanceof Uint8Array ? [pieces] : utf8Batches(pieces);
      for (const buffer of buffers) {
        writeAll(fd, buffer);
        onBytes?.(buffer);
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(temp, path);
  } catch (error) {
    writeFailed(temp, path, error);
  } finally {
    endWrite(temp, release);
  }
}

/**
 * As writeChunksAtomic, for the CLI's `-o` output, which a long document takes seconds to make (the
 * pieces are made as they are written: a review page, an alignment, a memory): the event loop
 * turns between batches, so a Ctrl-C or SIGTERM held meanwhile is handled there, not once the whole
 * file is done; the run then stops writing, renames nothing, and the handler removes the temp file
 * and ends the process by the signal.
 */
export async function writeChunksAtomicInterruptibly(path: string, pieces: Iterable<string>): Promise<void> {
  const { temp, release } = startWrite(path);
  try {
    const fd = openSync(temp, 'w');
    try {
      for (const buffer of utf8Batches(pieces, INTERRUPTIBLE_BATCH_CHARS)) {
        writeAll(fd, buffer);
        await new Promise(setImmediate);
        if (interrupted) return;
      }
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    if (!interrupted) renameSync(temp, path);
  } catch (error) {
    writeFailed(temp, path, error);
  } finally {
    endWrite(temp, release);
  }
}

/** A write's temp file, held against interrupts (see the top of this file) and removed on one. */
function startWrite(path: string): { temp: string; release: () => void } {
  const temp = tempPathFor(path);
  const release = holdInterrupts();
  pendingTempFiles.add(temp);
  return { temp, release };
}

/** Once interrupted, the handler removes the temp file; otherwise it is renamed or removed by now. */
function endWrite(temp: string, release: () => void): void {
  if (!interrupted) pendingTempFiles.delete(temp);
  release();
}

/** No temp file left; a write error becomes one line naming the file. */
function writeFailed(temp: string, path: string, error: unknown): never {
  try {
    unlinkSync(temp);
  } catch {
    // never created
  }
  // an error of the code producing the pieces is not a write error: it goes on as it was
  if (!isWriteError(error)) throw error;
  throw new InputError(describeWriteError(error), path);
}

/** Characters per batch between two turns of the event loop: a fraction of a second of making the pieces. */
const INTERRUPTIBLE_BATCH_CHARS = 1 << 16;

/** writeSync may write less than asked (a signal, a pipe); the rest follows. */
function writeAll(fd: number, bytes: Uint8Array): void {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
}

function isWriteError(error: unknown): boolean {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string' && (error as NodeJS.ErrnoException).syscall !== undefined;
}
