// The lexicon's table reader (src/lexicon/table.ts) on the shipped EDICT tables (lexicon/edict/,
// CC BY-SA 3.0, EDRDG) and on damaged copies of them; and the build script's determinism.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { SortedTable } from '../../src/lexicon/table.js';
import { skipWithout } from '../export/tools/external.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const JA = join(ROOT, 'lexicon/edict/ja-en.bin');
const EN = join(ROOT, 'lexicon/edict/en-ja.bin');
const tmp = mkdtempSync(join(tmpdir(), 'lexicon-table-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A copy of the JA table with `change` applied to its bytes. */
function damaged(name: string, change: (bytes: Buffer) => Buffer): string {
  const path = join(tmp, name);
  writeFileSync(path, change(Buffer.from(readFileSync(JA))));
  return path;
}

const openFds = () => readdirSync('/proc/self/fd').length;

/** Where the JA table's parts start (the layout in src/lexicon/table.ts). */
function layout() {
  const header = readFileSync(JA).subarray(0, 40);
  const n = header.readUInt32LE(4);
  const blocks = Math.ceil(n / header.readUInt32LE(8));
  const steps = Math.ceil(n / header.readUInt32LE(12));
  const firstUnits = header.readUInt32LE(32);
  return { blockSize: header.readUInt32LE(8), blocks, keyBlocksAt: 40 + 4 * (blocks + 1) + 8 * (steps + 1) + ((2 * firstUnits + 3) & ~3) + 4 * (firstUnits + 1) };
}

describe('a lexicon table read on demand', () => {
  it('gives every entry the same key, flags and value in whatever order its blocks are read', () => {
    const forward = SortedTable.open(JA, 'ja-en.bin');
    const backward = SortedTable.open(JA, 'ja-en.bin');
    const sample: number[] = [];
    for (let i = 0; i < forward.count; i += 313) sample.push(i);
    sample.push(forward.count - 1);
    const seen = sample.map((i) => [forward.key(i), forward.valueFlags(i), [...forward.value(i)].join(',')]);
    const reversed = sample
      .slice()
      .reverse()
      .map((i) => [backward.key(i), backward.valueFlags(i), [...backward.value(i)].join(',')])
      .reverse();
    expect(reversed).toEqual(seen);
    for (const [n, i] of sample.entries()) {
      const [key, flags, value] = seen[n]! as [string, number, string];
      expect(forward.find(key)).toBe(i); // keys are unique and sorted
      expect(forward.keyLength(i)).toBe(key.length);
      expect(flags).toBe(Number(value.split(',')[0] ?? 0)); // the flags byte is the value's first
    }
  });

  it('finds keys by their first character from its index, and misses what is not there', () => {
    const ja = SortedTable.open(JA, 'ja-en.bin');
    // seed ja line 53: 安全保障, 国際競争力
    expect(ja.key(ja.find('安全保障'))).toBe('安全保障');
    expect(ja.key(ja.find('国際競争力'))).toBe('国際競争力');
    expect(ja.find('安全保障環境が')).toBe(-1);
    expect(ja.find('\uffff')).toBe(-1); // past every first character
    const [lo, hi] = ja.narrow(0, ja.count, 0, '安'.charCodeAt(0));
    expect(hi).toBeGreaterThan(lo);
    for (const i of [lo, hi - 1]) expect(ja.key(i).startsWith('安')).toBe(true);
    expect(ja.key(lo - 1).startsWith('安')).toBe(false);
    expect(ja.key(hi).startsWith('安')).toBe(false);
  });

  it('gives the same values once the rest of the cold values are read whole as while reading them one by one', () => {
    const oneByOne = SortedTable.open(JA, 'ja-en.bin');
    const whole = SortedTable.open(JA, 'ja-en.bin');
    // common words (flags 1) are read together; the others one by one, until as many have been read
    // as their region has pages (about a thousand here)
    const cold: number[] = [];
    for (let i = 0; cold.length < 3000; i += 53) if (oneByOne.valueFlags(i) !== 1) cold.push(i);
    const early = cold.slice(0, 200).map((i) => [...oneByOne.value(i)].join(','));
    for (const i of cold) whole.value(i);
    expect(cold.slice(0, 200).map((i) => [...whole.value(i)].join(','))).toEqual(early);
    expect(cold.slice(2000).map((i) => [...whole.value(i)].join(','))).toEqual(cold.slice(2000).map((i) => [...oneByOne.value(i)].join(',')));
  });

  it('reads the EN table (stems) the same way', () => {
    const en = SortedTable.open(EN, 'en-ja.bin');
    expect(en.key(en.find('research'))).toBe('research');
    expect(en.find('zzzz')).toBe(-1);
    expect(en.value(en.find('research')).length).toBeGreaterThan(0);
  });
});

describe('a damaged lexicon table', () => {
  it('fails at opening with one line naming it, and leaves no file open', () => {
    const before = openFds();
    const cases: Array<[Buffer | ((b: Buffer) => Buffer), RegExp]> = [
      [(b) => b.subarray(0, b.length - 1), /^x\.bin: truncated or corrupt lexicon table \(\d+ bytes, the header says \d+\)$/],
      [(b) => b.subarray(0, 20), /^x\.bin: truncated lexicon table/],
      [(b) => Buffer.concat([b, Buffer.alloc(1)]), /^x\.bin: truncated or corrupt lexicon table/],
      [(b) => (b.write('SLX2', 0, 'latin1'), b), /^x\.bin: not a lexicon table \(SLX3\)$/],
      [(b) => (b.writeUInt32LE(100, 8), b), /^x\.bin: corrupt lexicon table \(block 100/], // entries per block
      [(b) => (b.writeUInt32LE(1, 40 + 4 * layout().blocks), b), /^x\.bin: corrupt lexicon table \(its index does not match its header\)$/],
    ];
    cases.forEach(([change, message], n) => {
      const path = damaged(`case-${n}.bin`, change as (b: Buffer) => Buffer);
      expect(() => SortedTable.open(path, 'x.bin')).toThrow(message);
    });
    expect(() => SortedTable.open(join(tmp, 'absent.bin'), 'x.bin')).toThrow(/ENOENT/);
    expect(openFds()).toBe(before);
  });

  it('fails on first reading a block whose offsets disagree with the index', () => {
    const { blockSize: block, keyBlocksAt } = layout();
    // block 0's first key offset, which must be 0
    const path = damaged('block-0.bin', (b) => (b.writeUInt32LE(1, keyBlocksAt), b));
    const table = SortedTable.open(path, 'x.bin');
    expect(() => table.key(0)).toThrow(/^x\.bin: corrupt lexicon table \(key block 0\)$/);
    expect(table.key(block)).toBe(SortedTable.open(JA, 'ja-en.bin').key(block)); // the other blocks read as before
  });
});

describe('scripts/build-lexicon.js', () => {
  const edict = '/usr/share/edict/edict';
  it.skipIf(skipWithout('the EDICT source', existsSync(edict), 'edict'))('rebuilds the shipped tables byte for byte from the Debian edict package', () => {
    execFileSync(process.execPath, [join(ROOT, 'scripts/build-lexicon.js'), edict, tmp], { cwd: ROOT, stdio: 'pipe' });
    expect(readFileSync(join(tmp, 'ja-en.bin')).equals(readFileSync(JA))).toBe(true);
    expect(readFileSync(join(tmp, 'en-ja.bin')).equals(readFileSync(EN))).toBe(true);
  });
});
