// A sorted string table read from its file as it is used, as scripts/build-lexicon.js writes it.
// Opening it reads the header and small indexes (tens of KB); a block of keys is read the first time
// a search or lookup reaches it, a value when it is first asked for. On this VM a read costs ~10 µs
// and every MB of memory first touched ~3-4.5 ms (docs/development.md), so: key blocks are large
// (segmentation reaches most of them); the values of hot entries (the JA table's common words, two
// thirds of what a document asks for, a tenth of the bytes) are read together on first use; other
// values are read one by one (a document asks for a few hundred to a few thousand of the 238 000)
// until that has cost about what reading them all would.
//
// Layout (little-endian u32 unless said): "SLX3", entry count N, entries per key block B, entries
// per value step S (powers of two, S <= B), key units (UTF-16 code units, all keys), hot value
// bytes, cold value bytes, longest key, count F of distinct first units, 0.
//   key block starts: each block's first key unit (N/B rounded up, + 1: the last = key units)
//   value starts: for every S-th entry, the first hot value byte at or after it, then the same of
//     cold ones (twice N/S rounded up, + 1: the last = the region's bytes)
//   first-unit index: the F distinct first code units of the keys (u16, padded to 4 bytes), then
//     the index of the first entry with each (F + 1, the last = N); entries with an empty key, if
//     any, come before them
//   key blocks, in order: the block's key offsets (u32 each: where each key starts among all
//     keys' units), its keys (UTF-16LE, in code-unit order), their flags (u8 each: the first byte of
//     the value, 0 for an empty one) and value lengths (u8 each: 128 marks a hot entry, the rest is
//     the length); a block of B entries (the last may hold fewer). Offsets rather than lengths, so
//     that a block is copied in whole runs, with no loop over its entries.
//   the hot values (in entry order), then the cold values (in entry order)
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

const MAGIC = 'SLX3';
const HEADER = 40;
const HOT = 128;
const VALUE_ARENA = 64 * 1024;
const PAGE = 4096;

export class SortedTable {
  readonly count: number;
  readonly maxKeyLength: number;
  private readonly fd: number;
  private readonly name: string;
  private readonly blockShift: number;
  private readonly stepShift: number;
  private readonly blockKeyStarts: Uint32Array;
  private readonly hotStarts: Uint32Array;
  private readonly coldStarts: Uint32Array;
  private readonly firstUnits: Uint16Array;
  private readonly firstUnitStarts: Uint32Array;
  private readonly keyBlocksAt: number;
  private readonly hotAt: number;
  private readonly coldAt: number;
  // Whole-table arrays filled a block at a time: zeroed memory from the system, so the pages of
  // blocks never read are never touched.
  private readonly loaded: Uint8Array;
  private readonly keyOffsets: Uint32Array;
  private readonly keys: Uint16Array;
  private readonly flags: Uint8Array;
  /** Per entry: the value's length, + HOT for a hot entry. */
  private readonly valueLengths: Uint8Array;
  private readonly blockBytes: Uint8Array;
  private readonly valueCache = new Map<number, Uint8Array>();
  private valueArena = new Uint8Array(0);
  private valueArenaUsed = 0;
  /** Cold values read one by one so far; past one per page of their region, it is read whole. */
  private coldReads = 0;
  private hotValues: Uint8Array | null = null;
  private coldValues: Uint8Array | null = null;

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
    const header = this.read(new Uint8Array(HEADER), 0, HEADER, 0);
    const magic = String.fromCharCode(header[0]!, header[1]!, header[2]!, header[3]!);
    if (magic !== MAGIC) throw new Error(`${name}: not a lexicon table (${MAGIC})`);
    const view = new DataView(header.buffer);
    const n = view.getUint32(4, true);
    const blockSize = view.getUint32(8, true);
    const stepSize = view.getUint32(12, true);
    const keyUnits = view.getUint32(16, true);
    const hotBytes = view.getUint32(20, true);
    const coldBytes = view.getUint32(24, true);
    this.count = n;
    this.maxKeyLength = view.getUint32(28, true);
    const firstUnitCount = view.getUint32(32, true);
    const powerOfTwo = (x: number) => x > 0 && (x & (x - 1)) === 0;
    // sizes a damaged header could make absurd (the block buffer is sized by the longest key)
    if (!powerOfTwo(blockSize) || !powerOfTwo(stepSize) || stepSize > blockSize || blockSize > 65536 || this.maxKeyLength > 255) {
      throw new Error(`${name}: corrupt lexicon table (block ${blockSize}, step ${stepSize}, longest key ${this.maxKeyLength})`);
    }
    this.blockShift = 31 - Math.clz32(blockSize);
    this.stepShift = 31 - Math.clz32(stepSize);
    const blocks = Math.ceil(n / blockSize);
    const steps = Math.ceil(n / stepSize);
    const unitsBytes = (2 * firstUnitCount + 3) & ~3;
    const startsBytes = 4 * (blocks + 1) + 8 * (steps + 1);
    const indexBytes = startsBytes + unitsBytes + 4 * (firstUnitCount + 1);
    this.keyBlocksAt = HEADER + indexBytes;
    this.hotAt = this.keyBlocksAt + 6 * n + 2 * keyUnits;
    this.coldAt = this.hotAt + hotBytes;
    if (this.coldAt + coldBytes !== size) throw new Error(`${name}: truncated or corrupt lexicon table (${size} bytes, the header says ${this.coldAt + coldBytes})`);

    const index = this.read(new Uint8Array(indexBytes), 0, indexBytes, HEADER);
    this.blockKeyStarts = new Uint32Array(index.buffer, 0, blocks + 1);
    this.hotStarts = new Uint32Array(index.buffer, 4 * (blocks + 1), steps + 1);
    this.coldStarts = new Uint32Array(index.buffer, 4 * (blocks + 1) + 4 * (steps + 1), steps + 1);
    this.firstUnits = new Uint16Array(index.buffer, startsBytes, firstUnitCount);
    this.firstUnitStarts = new Uint32Array(index.buffer, startsBytes + unitsBytes, firstUnitCount + 1);
    if (this.blockKeyStarts[blocks] !== keyUnits || this.hotStarts[steps] !== hotBytes || this.coldStarts[steps] !== coldBytes || this.firstUnitStarts[firstUnitCount] !== n) {
      throw new Error(`${name}: corrupt lexicon table (its index does not match its header)`);
    }

    this.loaded = new Uint8Array(blocks);
    this.keyOffsets = new Uint32Array(n + 1);
    this.keys = new Uint16Array(keyUnits);
    this.flags = new Uint8Array(n);
    this.valueLengths = new Uint8Array(n);
    this.blockBytes = new Uint8Array(Math.min(n, blockSize) * (6 + 2 * this.maxKeyLength));
  }

  /** Reads exactly `length` bytes at `position` into `into` at `offset`, or fails naming the table. */
  private read(into: Uint8Array, offset: number, length: number, position: number): Uint8Array {
    const got = length === 0 ? 0 : readSync(this.fd, into, offset, length, position);
    if (got !== length) throw new Error(`${this.name}: truncated lexicon table (read ${got} of ${length} bytes at ${position})`);
    return into;
  }

  /** Reads key block `block` into the whole-table arrays: one read, then copies of whole runs. */
  private loadBlock(block: number): void {
    const first = block << this.blockShift;
    const count = Math.min(1 << this.blockShift, this.count - first);
    const keyStart = this.blockKeyStarts[block]!;
    const keyEnd = this.blockKeyStarts[block + 1]!;
    const units = keyEnd - keyStart;
    const length = 6 * count + 2 * units;
    if (units < 0 || length > this.blockBytes.length) throw new Error(`${this.name}: corrupt lexicon table (key block ${block})`);
    const bytes = this.read(this.blockBytes, 0, length, this.keyBlocksAt + 6 * first + 2 * keyStart);
    const offsets = new Uint32Array(bytes.buffer, 0, count);
    if (offsets[0] !== keyStart || offsets[count - 1]! > keyEnd) throw new Error(`${this.name}: corrupt lexicon table (key block ${block})`);
    this.keyOffsets.set(offsets, first);
    this.keyOffsets[first + count] = keyEnd;
    this.keys.set(new Uint16Array(bytes.buffer, 4 * count, units), keyStart);
    this.flags.set(bytes.subarray(4 * count + 2 * units, 5 * count + 2 * units), first);
    this.valueLengths.set(bytes.subarray(5 * count + 2 * units, length), first);
    this.loaded[block] = 1;
  }

  /** Reads the key block that holds entry `index`, if it is not read yet. */
  private loadEntry(index: number): void {
    const block = index >>> this.blockShift;
    if (this.loaded[block] === 0) this.loadBlock(block);
  }

  key(index: number): string {
    this.loadEntry(index);
    return String.fromCharCode(...this.keys.subarray(this.keyOffsets[index]!, this.keyOffsets[index + 1]!));
  }

  keyLength(index: number): number {
    this.loadEntry(index);
    return this.keyOffsets[index + 1]! - this.keyOffsets[index]!;
  }

  /** The first byte of an entry's value (a flags byte, in the JA table), without reading the value. */
  valueFlags(index: number): number {
    this.loadEntry(index);
    return this.flags[index]!;
  }

  /** An entry's value, read from the file when it is first asked for. */
  value(index: number): Uint8Array {
    const cached = this.valueCache.get(index);
    if (cached !== undefined) return cached;
    this.loadEntry(index);
    const lengths = this.valueLengths;
    const hot = lengths[index]! >= HOT;
    // the offset in its region: from the step's start, past the entries of the same region
    let start = (hot ? this.hotStarts : this.coldStarts)[index >>> this.stepShift]!;
    for (let k = (index >>> this.stepShift) << this.stepShift; k < index; k++) if (lengths[k]! >= HOT === hot) start += lengths[k]! & (HOT - 1);
    const end = start + (lengths[index]! & (HOT - 1));
    if (hot) {
      this.hotValues ??= this.readRegion(this.hotAt, this.hotStarts);
      return this.hotValues.subarray(start, end);
    }
    if (this.coldValues) return this.coldValues.subarray(start, end);
    // a read costs about what a page of memory first touched costs: once as many values have been
    // read one by one as the region has pages, the rest is cheaper read whole
    if (++this.coldReads > this.coldStarts[this.coldStarts.length - 1]! / PAGE) {
      this.coldValues = this.readRegion(this.coldAt, this.coldStarts);
      this.valueCache.clear();
      return this.coldValues.subarray(start, end);
    }
    // values go one after another into arenas: the few a document asks for share pages
    if (this.valueArenaUsed + end - start > this.valueArena.length) {
      this.valueArena = new Uint8Array(VALUE_ARENA);
      this.valueArenaUsed = 0;
    }
    const value = this.read(this.valueArena, this.valueArenaUsed, end - start, this.coldAt + start).subarray(this.valueArenaUsed, this.valueArenaUsed + end - start);
    this.valueArenaUsed += end - start;
    this.valueCache.set(index, value);
    return value;
  }

  private readRegion(at: number, starts: Uint32Array): Uint8Array {
    const bytes = starts[starts.length - 1]!;
    return this.read(new Uint8Array(bytes), 0, bytes, at);
  }

  /** Index of `key`, or -1. */
  find(key: string): number {
    let lo = 0;
    let hi = this.count;
    // two numbers, not narrow's pair: every new word of a document is looked up here, cold
    for (let depth = 0; depth < key.length && lo < hi; depth++) {
      const unit = key.charCodeAt(depth);
      lo = this.narrowLow(lo, hi, depth, unit);
      hi = this.narrowHigh(lo, hi, depth, unit);
    }
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
    this.loadRange(lo, hi);
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
    if (depth === 0) return Math.min(hi, Math.max(lo, this.firstUnitStart(unit, true)));
    this.loadRange(lo, hi);
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

  /** Reads the key blocks of entries [lo, hi) not read yet: the search loops then read no flags. */
  private loadRange(lo: number, hi: number): void {
    for (let block = lo >>> this.blockShift; block <= (hi - 1) >>> this.blockShift && lo < hi; block++) if (this.loaded[block] === 0) this.loadBlock(block);
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
