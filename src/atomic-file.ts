// Files written atomically (temp file in the same folder, then rename), so an interrupted run never
// leaves a half-written file behind. Shared by the CLI and the batch workers.
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { InputError } from './model.js';
import { describeWriteError } from './read/fs-errors.js';

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
    throw new InputError(describeWriteError(error), path);
  } finally {
    pendingTempFiles.delete(temp);
  }
}
