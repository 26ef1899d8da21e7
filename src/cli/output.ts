// Where results go: stdout, or a file written atomically (src/atomic-file.ts).
import { writeChunksAtomicInterruptibly } from '../atomic-file.js';
import { describeWriteError } from '../read/fs-errors.js';
import { utf8Batches } from '../text/utf8-chunks.js';

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
    process.stderr.write(`strategy-align: standard output ${describeWriteError(error)}\n`);
    if (process.argv.includes('--debug') && error.stack) process.stderr.write(`${error.stack}\n`);
    process.exit(2);
  });
}

/**
 * Writes to `-o FILE` atomically, or to stdout when no file is given. `data` may come piece by
 * piece (a document streamed pair by pair), so that the whole output is never one string.
 */
export async function emit(data: string | Iterable<string>, outFile: string | undefined): Promise<void> {
  const pieces = typeof data === 'string' ? [data] : data;
  if (outFile && outFile !== '-') await writeChunksAtomicInterruptibly(outFile, pieces);
  else {
    guardStdout();
    // standard output to a file or a pipe is written synchronously on POSIX: one batch at a time
    for (const buffer of utf8Batches(pieces)) process.stdout.write(buffer);
  }
}
