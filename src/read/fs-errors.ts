// The one-line reason a file cannot be read or written, in words rather than errno codes: the user
// sees "no such file", not ENOENT. Shared by reading, the atomic writer and standard output.

const REASONS: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'is a directory, not a file',
  ENOTDIR: 'a part of the path is a file, not a folder',
  ENOSPC: 'no space left on the device',
  EDQUOT: 'disk quota exceeded',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the name is too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  ENFILE: 'too many open files',
  EBUSY: 'the file is busy',
  EIO: 'input/output error (a failing disk or network drive?)',
  ENXIO: 'no such device',
  ENODEV: 'no such device',
};

function codeOf(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | null)?.code;
}

/** What the message says for a code no table entry covers: the system's own text, without the code. */
function fallback(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^[A-Z]+: /u, '').replace(/, \w+ '.*'$/u, '');
}

/** 'no such file', 'permission denied', …: why a path cannot be read. */
export function describeFsError(error: unknown): string {
  const code = codeOf(error);
  if (code === 'ENOENT') return 'no such file';
  return code !== undefined && code in REASONS ? REASONS[code]! : `cannot be read: ${fallback(error)}`;
}

/** Why a path cannot be written: 'cannot be written: its folder does not exist', …. */
export function describeWriteError(error: unknown): string {
  const code = codeOf(error);
  if (code === 'ENOENT') return 'cannot be written: its folder does not exist';
  return `cannot be written: ${code !== undefined && code in REASONS ? REASONS[code]! : fallback(error)}`;
}
