// A sorted string table read from its file on demand, as scripts/build-lexicon.js writes it.
// Opening it reads the header and two small indexes (tens of KB); a block of keys is read the first
// time a search or lookup reaches it, a value the first time it is asked for. On this VM every MB
// of memory first touched costs ~4.5 ms (docs/development.md), and a document reaches only part of
// the keys and a few thousand of the 238 000 values, so the table costs what is used of it.
//
// Layout (little-endian u32 unless said): "SLX3", entry count N, entries per key block B (a power
// of two), key units (UTF-16 code units, all keys), value bytes (all values), longest key, count F
// of distinct first units, 0.
//   block index: each block's first key unit (N/B rounded up, + 1), then its first value byte (same)
//   first-unit index: the F distinct first code units of the keys (u16, padded to 4 bytes), then
//     the index of the first entry with each (F + 1, the last = N); entries with an empty key, if
//     any, come before them
//   key blocks, in order: the block's key lengths (u8 each), its flags (u8 each: the first byte of
//     the value, 0 for an empty one), its value lengths (u8 each), its keys (UTF-16LE, in code-unit
//     order); a block of B entries (the last may hold fewer)
//   the value blob (the values in entry order)
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const MAGIC = 'SLX3';
const HEADER = 32;
const VALUE_ARENA = 64 * 1024;

export class SortedTable {
  readonly count: number;
  readonly maxKeyLength: number;
  private readonly fd: number;
  private readonly name: string;
  private readonly blockShift: number;
  private readonly blockKeyStarts: Uint32Array;
  private readonly blockValueStarts: Uint32Array;
  private readonly firstUnits: Uint16Array;
  private readonly firstUnitStarts: Uint32Array;
  private readonly keyBlocksAt: number;
  private readonly valuesAt: number;
  // Whole-table arrays filled a block at a time: zeroed memory from the system, so the pages of
  // blocks never read are never touched.
  private readonly loaded: Uint8Array;
  private readonly keyOffsets: Uint32Array;
  private readonly keys: Uint16Array;
  private readonly flags: Uint8Array;
  private readonly valueOffsets: Uint32Array;
  private readonly blockBytes: Uint8Array;
  private readonly valueCache = new Map<number, Uint8Array>();
  private valueArena = new Uint8Array(0);
  private valueArenaUsed = 0;

  /** Opens the table at `path` (`name` in error messages); the file stays open for the process. */
  static open(path: string | URL, name: string): SortedTable {
    const fd = openSync(path, 'r');
    try {
      return new SortedTable(fd, name);
    } catch (error) {
      closeSync(fd);
      throw error;
    }
  }

  private constructor(fd: number, name: string) {
    this.fd = fd;
    this.name = name;
    const size = fstatSync(fd).size;
    const header = this.read(new Uint8Array(HEADER), 0, HEADER, 0, size);
    const magic = String.fromCharCode(header[0]!, header[1]!, header[2]!, header[3]!);
    if (magic !== MAGIC) throw new Error(`${name}: not a lexicon table (${MAGIC})`);
    const view = new DataView(header.buffer);
    const n = view.getUint32(4, true);
    const blockSize = view.getUint32(8, true);
    const keyUnits = view.getUint32(12, true);
    const valueBytes = view.getUint32(16, true);
    const firstUnitCount = view.getUint32(24, true);
    this.count = n;
    this.maxKeyLength = view.getUint32(20, true);
    // lengths are single bytes
    if (blockSize === 0 || (blockSize & (blockSize - 1)) !== 0 || blockSize > 4096 || this.maxKeyLength > 255) {
      throw new Error(`${name}: corrupt lexicon table (block size ${blockSize}, longest key ${this.maxKeyLength})`);
    }
    this.blockShift = 31 - Math.clz32(blockSize);
    const blocks = Math.ceil(n / blockSize);
    const unitsBytes = (2 * firstUnitCount + 3) & ~3;
    const indexBytes = 8 * (blocks + 1) + unitsBytes + 4 * (firstUnitCount + 1);
    this.keyBlocksAt = HEADER + indexBytes;
    this.valuesAt = this.keyBlocksAt + 3 * n + 2 * keyUnits;
    if (this.valuesAt + valueBytes !== size) throw new Error(`${name}: truncated or corrupt lexicon table (${size} bytes, the header says ${this.valuesAt + valueBytes})`);

    const index = this.read(new Uint8Array(indexBytes), 0, indexBytes, HEADER, size);
    this.blockKeyStarts = new Uint32Array(index.buffer, 0, blocks + 1);
    this.blockValueStarts = new Uint32Array(index.buffer, 4 * (blocks + 1), blocks + 1);
    this.firstUnits = new Uint16Array(index.buffer, 8 * (blocks + 1), firstUnitCount);
    this.firstUnitStarts = new Uint32Array(index.buffer, 8 * (blocks + 1) + unitsBytes, firstUnitCount + 1);
    if (this.blockKeyStarts[blocks] !== keyUnits || this.blockValueStarts[blocks] !== valueBytes || this.firstUnitStarts[firstUnitCount] !== n) {
      throw new Error(`${name}: corrupt lexicon table (its index does not match its header)`);
    }

    this.loaded = new Uint8Array(blocks);
    this.keyOffsets = new Uint32Array(n + 1);
    this.keys = new Uint16Array(keyUnits);
    this.flags = new Uint8Array(n);
    this.valueOffsets = new Uint32Array(n + 1);
    this.blockBytes = new Uint8Array(3 * blockSize + 2 * this.maxKeyLength * blockSize);
  }

  /** Reads exactly `length` bytes at `position` into `into` at `offset`, or fails naming the table. */
  private read(into: Uint8Array, offset: number, length: number, position: number, size?: number): Uint8Array {
    const got = length === 0 ? 0 : readSync(this.fd, into, offset, length, position);
    if (got !== length) throw new Error(`${this.name}: truncated lexicon table (${size ?? fstatSync(this.fd).size} bytes, read ${got} of ${length} at ${position})`);
    return into;
  }

  /** Reads key block `block` into the whole-table arrays. */
  private loadBlock(block: number): void {
    const first = block << this.blockShift;
    const count = Math.min(1 << this.blockShift, this.count - first);
    const keyStart = this.blockKeyStarts[block]!;
    const keyEnd = this.blockKeyStarts[block + 1]!;
    const units = keyEnd - keyStart;
    const length = 3 * count + 2 * units;
    if (units < 0 || length > this.blockBytes.length) throw new Error(`${this.name}: corrupt lexicon table (key block ${block})`);
    const bytes = this.read(this.blockBytes, 0, length, this.keyBlocksAt + 3 * first + 2 * keyStart);
    const offsets = this.keyOffsets;
    const valueOffsets = this.valueOffsets;
    let key = keyStart;
    let value = this.blockValueStarts[block]!;
    for (let k = 0; k < count; k++) {
      offsets[first + k] = key;
      valueOffsets[first + k] = value;
      this.flags[first + k] = bytes[count + k]!;
      key += bytes[k]!;
      value += bytes[2 * count + k]!;
    }
    if (key !== keyEnd || value !== this.blockValueStarts[block + 1]) throw new Error(`${this.name}: corrupt lexicon table (key block ${block})`);
    offsets[first + count] = key;
    valueOffsets[first + count] = value;
    const keys = this.keys;
    for (let u = 0, at = 3 * count; u < units; u++, at += 2) keys[keyStart + u] = bytes[at]! | (bytes[at + 1]! << 8);
    this.loaded[block] = 1;
  }

  key(index: number): string {
    if (this.loaded[index >>> this.blockShift] === 0) this.loadBlock(index >>> this.blockShift);
    return String.fromCharCode(...this.keys.subarray(this.keyOffsets[index]!, this.keyOffsets[index + 1]!));
  }

  keyLength(index: number): number {
    if (this.loaded[index >>> this.blockShift] === 0) this.loadBlock(index >>> this.blockShift);
    return this.keyOffsets[index + 1]! - this.keyOffsets[index]!;
  }

  /** The first byte of an entry's value (a flags byte, in the JA table), without reading the value. */
  valueFlags(index: number): number {
    if (this.loaded[index >>> this.blockShift] === 0) this.loadBlock(index >>> this.blockShift);
    return this.flags[index]!;
  }

  /** An entry's value, read from the file the first time it is asked for. */
  value(index: number): Uint8Array {
    let value = this.valueCache.get(index);
    if (value === undefined) {
      if (this.loaded[index >>> this.blockShift] === 0) this.loadBlock(index >>> this.blockShift);
      const start = this.valueOffsets[index]!;
      const length = this.valueOffsets[index + 1]! - start;
      // values go one after another into arenas: the few thousand a document asks for share pages
      if (this.valueArenaUsed + length > this.valueArena.length) {
        this.valueArena = new Uint8Array(Math.max(VALUE_ARENA, length));
        this.valueArenaUsed = 0;
      }
      this.read(this.valueArena, this.valueArenaUsed, length, this.valuesAt + start);
      value = this.valueArena.subarray(this.valueArenaUsed, this.valueArenaUsed + length);
      this.valueArenaUsed += length;
      this.valueCache.set(index, value);
    }
    return value;
  }

  /** Index of `key`, or -1. */
  find(key: string): number {
    let lo = 0;
    let hi = this.count;
    for (let depth = 0; depth < key.length && lo < hi; depth++) [lo, hi] = this.narrow(lo, hi, depth, key.charCodeAt(depth));
    return lo < hi && this.keyLength(lo) === key.length ? lo : -1;
  }

  /**
   * Within [lo, hi), all keys sharing (a key's unit past its end counts as -1: shorter keys sort first) a prefix of length `depth`: the first whose unit at `depth`
   * is `unit` or more (narrowLow) and the first past those whose unit is `unit` (narrowHigh).
   * Two binary searches; numbers, not a pair, since the segmenter calls them for every character.
   * At depth 0 the first-unit index answers, without reading a key.
   */
  // the key unit read inline: these loops run on every character of a document, mostly before the JIT has warmed up
  narrowLow(lo: number, hi: number, depth: number, unit: number): number {
    if (depth === 0) return Math.min(hi, Math.max(lo, this.firstUnitStart(unit, false)));
    const offsets = this.keyOffsets;
    const keys = this.keys;
    const loaded = this.loaded;
    const shift = this.blockShift;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (loaded[mid >>> shift] === 0) this.loadBlock(mid >>> shift);
      const at = offsets[mid]! + depth;
      if ((at < offsets[mid + 1]! ? keys[at]! : -1) < unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  narrowHigh(lo: number, hi: number, depth: number, unit: number): number {
    if (depth === 0) return Math.min(hi, Math.max(lo, this.firstUnitStart(unit, true)));
    const offsets = this.keyOffsets;
    const keys = this.keys;
    const loaded = this.loaded;
    const shift = this.blockShift;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (loaded[mid >>> shift] === 0) this.loadBlock(mid >>> shift);
      const at = offsets[mid]! + depth;
      if ((at < offsets[mid + 1]! ? keys[at]! : -1) <= unit) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The first entry whose first unit is `unit` or more (`past`: more). */
  private firstUnitStart(unit: number, past: boolean): number {
    const units = this.firstUnits;
    let lo = 0;
    let hi = units.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (units[mid]! < unit || (past && units[mid] === unit)) lo = mid + 1;
      else hi = mid;
    }
    return this.firstUnitStarts[lo]!;
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
      if (this.keyLength(lo) === at - start + 1) out.push([at + 1, lo]);
    }
    return out;
  }
}
