// Text produced piece by piece → UTF-8 buffers of about `size` bytes, for writers that stream
// (src/atomic-file.ts, src/cli/output.ts). A piece may end inside a surrogate pair (a generator
// that cuts wherever it likes): the high half waits for the next piece, so the bytes are those of
// the whole text encoded at once, never two U+FFFD for one character.
const BATCH_CHARS = 1 << 19; // ~0.5–1.5 MB of UTF-8: few syscalls, little held

function endsInHighSurrogate(text: string): boolean {
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff;
}

export function* utf8Batches(pieces: Iterable<string>, batchChars = BATCH_CHARS): Generator<Buffer> {
  let pending: string[] = [];
  let length = 0;
  const flush = (keepTrailingHigh: boolean): Buffer | null => {
    let text = pending.join('');
    pending = [];
    length = 0;
    if (keepTrailingHigh && endsInHighSurrogate(text)) {
      pending = [text.slice(-1)];
      length = 1;
      text = text.slice(0, -1);
    }
    return text === '' ? null : Buffer.from(text, 'utf8');
  };
  for (const piece of pieces) {
    if (piece === '') continue;
    pending.push(piece);
    length += piece.length;
    if (length >= batchChars) {
      const buffer = flush(true);
      if (buffer) yield buffer;
    }
  }
  const buffer = flush(false);
  if (buffer) yield buffer;
}
