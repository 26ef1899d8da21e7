// A sorted string table in one buffer, as scripts/build-lexicon.js writes it: loading is one
// readFileSync and three typed-array views, with no parsing and no per-entry objects, so a
// 240 000-entry dictionary costs milliseconds and its file size in memory.
//
// Layout (little-endian u32): "SLX2", entry count N, key blob size (bytes), value blob size,
// longest key (code units), 0; key offsets (N+1, in code units); value offsets (N+1, in bytes);
// the key blob (UTF-16LE, keys in code-unit order); the value blob.

const HEADER = 24;

export class SortedTable {
  readonly count: number;
  readonly maxKeyLength: number;
  private readonly keyOffsets: Uint32Array;
  private readonly valueOffsets: Uint32Array;
  private readonly keys: Uint16Array;
  private readonly values: Uint8Array;

  constructor(bytes: Uint8Array, name: string) {
    // typed-array views need aligned offsets; a Buffer from a small pool may not be
    if (bytes.byteOffset % 4 !== 0) bytes = new Uint8Array(bytes);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const magic = String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
    if (bytes.byteLength < HEADER || magic !== 'SLX2') throw new Error(`${name}: not a lexicon table`);
    const n = view.getUint32(4, true);
    const keyBytes = view.getUint32(8, true);
    const valueBytes = view.getUint32(12, true);
    this.count = n;
    this.maxKeyLength = view.getUint32(16, true);
    const keyStart = HEADER + 8 * (n + 1);
    if (keyStart + keyBytes + valueBytes !== bytes.byteLength) throw new Error(`${name}: truncated lexicon table`);
    this.keyOffsets = new Uint32Array(bytes.buffer, bytes.byteOffset + HEADER, n + 1);
    this.valueOffsets = new Uint32Array(bytes.buffer, bytes.byteOffset + HEADER + 4 * (n + 1), n + 1);
    this.keys = new Uint16Array(bytes.buffer, bytes.byteOffset + keyStart, keyBytes / 2);
    this.values = bytes.subarray(keyStart + keyBytes);
  }

  key(index: number): string {
    return String.fromCharCode(...this.keys.subarray(this.keyOffsets[index]!, this.keyOffsets[index + 1]!));
  }

  keyLength(index: number): number {
    return this.keyOffsets[index + 1]! - this.keyOffsets[index]!;
  }

  /** The first byte of an entry's value (a flags byte, in the JA table), without a subarray. */
  valueFlags(index: number): number {
    return this.values[this.valueOffsets[index]!]!;
  }

  value(index: number): Uint8Array {
    return this.values.subarray(this.valueOffsets[index]!, this.valueOffsets[index + 1]!);
  }

  /** Index of `key`, or -1. */
  find(key: string): number {
    let lo = 0;
    let hi = this.count;
    for (let depth = 0; depth < key.length && lo < hi; depth++) [lo, hi] = this.narrow(lo, hi, depth, key.charCodeAt(depth));
    return lo < hi && this.keyOffsets[lo + 1]! - this.keyOffsets[lo]! === key.length ? lo : -1;
  }

  /**
   * Within [lo, hi), all keys sharing (a key's unit past its end counts as -1: shorter keys sort first) a prefix of length `depth`: the first whose unit at `depth`
   * is `unit` or more (narrowLow) and the first past those whose unit is `unit` (narrowHigh).
   * Two binary searches; numbers, not a pair, since the segmenter calls them for every character.
   */
  // the key unit read inline: these loops run on every character of a document, mostly before the JIT has warmed up
  narrowLow(lo: number, hi: number, depth: number, unit: number): number {
    const offsets = this.keyOffsets;
    const keys = this.keys;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = offsets[mid]! + depth;
      if ((at < offsets[mid + 1]! ? keys[at]! : -1) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  narrowHigh(lo: number, hi: number, depth: number, unit: number): number {
    const offsets = this.keyOffsets;
    const keys = this.keys;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const at = offsets[mid]! + depth;
      if ((at < offsets[mid + 1]! ? keys[at]! : -1) <= unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** narrowLow and narrowHigh as a pair. */
  narrow(lo: number, hi: number, depth: number, unit: number): [number, number] {
    const first = this.narrowLow(lo, hi, depth, unit);
    return [first, this.narrowHigh(first, hi, depth, unit)];
  }

  /**
   * Every key that `text` starts with at `start` (reading no further than `limit`), as
   * [end offset, index] pairs, shortest first. One narrowing per character, so a position where no
   * key continues costs a few comparisons.
   */
  prefixesAt(text: string, start: number, limit: number): Array<[number, number]> {
    const out: Array<[number, number]> = [];
    let lo = 0;
    let hi = this.count;
    const stop = Math.min(limit, start + this.maxKeyLength);
    for (let at = start; at < stop; at++) {
      [lo, hi] = this.narrow(lo, hi, at - start, text.charCodeAt(at));
      if (lo >= hi) break;
      if (this.keyOffsets[lo + 1]! - this.keyOffsets[lo]! === at - start + 1) out.push([at + 1, lo]);
    }
    return out;
  }
}
