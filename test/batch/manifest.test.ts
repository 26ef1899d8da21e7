import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { idFromPath, parseManifest, parseShard, selectShard, shardOf } from '../../src/batch/manifest.js';
import { InputError } from '../../src/model.js';

const JA = 'integrated-innovation-strategy-2025.ja.txt';
const EN = 'integrated-innovation-strategy-2025.en.md';

function errorOf(run: () => unknown): InputError {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('no InputError thrown');
}

describe('parseManifest', () => {
  it('reads TAB-separated lines, skipping comments and blank lines, with CRLF and a BOM', () => {
    const text = `\uFEFF# ministry pairs\r\n\r\n${JA}\t${EN}\r\n  # indented comment\r\nseeds/${JA}\t/abs/en.md\tstrategy-2025\r\n`;
    const entries = parseManifest(text, '/data/pairs', 'pairs.tsv');
    expect(entries).toEqual([
      {
        id: 'integrated-innovation-strategy-2025',
        ja: join('/data/pairs', JA),
        en: join('/data/pairs', EN),
        jaAsWritten: JA,
        enAsWritten: EN,
        line: 3,
      },
      {
        id: 'strategy-2025',
        ja: join('/data/pairs', 'seeds', JA),
        en: '/abs/en.md',
        jaAsWritten: `seeds/${JA}`,
        enAsWritten: '/abs/en.md',
        line: 5,
      },
    ]);
  });

  it('refuses two pairs with the same id, even differing in case, naming both lines', () => {
    const error = errorOf(() => parseManifest(`a.ja.txt\ta.en.md\tPair\nb.ja.txt\tb.en.md\tpair\n`, '/d', 'pairs.tsv'));
    expect(error.message).toBe('pairs.tsv: line 2: id "pair" is also the id of line 1; give each pair its own id in the third column');
  });

  it('refuses derived ids that collide: same file name in two folders', () => {
    const error = errorOf(() => parseManifest(`2024/${JA}\t2024/${EN}\n2025/${JA}\t2025/${EN}\n`, '/d', 'pairs.tsv'));
    expect(error.message).toContain('line 2: id "integrated-innovation-strategy-2025" is also the id of line 1');
  });

  it('explains a line separated by spaces instead of TABs', () => {
    const error = errorOf(() => parseManifest(`${JA} ${EN}\n`, '/d', 'pairs.tsv'));
    expect(error.message).toBe(
      'pairs.tsv: line 1: expected 2 or 3 TAB-separated columns (ja path, en path, optional id), found 1 (columns are separated by TAB, not spaces)',
    );
    expect(errorOf(() => parseManifest(`a\tb\tc\td\n`, '/d', 'm.tsv')).message).toContain('found 4');
  });

  it('refuses ids that are not safe file names', () => {
    for (const id of ['../escape', 'a/b', '.hidden', 'with space']) {
      expect(errorOf(() => parseManifest(`${JA}\t${EN}\t${id}\n`, '/d', 'm.tsv')).message).toContain(`id "${id}" may hold only`);
    }
    expect(parseManifest(`${JA}\t${EN}\t統合戦略_2025.v2\n`, '/d', 'm.tsv')[0]!.id).toBe('統合戦略_2025.v2');
  });

  it('refuses a manifest without pairs', () => {
    expect(errorOf(() => parseManifest('# only a comment\n\n', '/d', 'm.tsv')).message).toBe('m.tsv: lists no pairs');
  });
});

describe('idFromPath', () => {
  it('drops the folders, the extension and a language tag', () => {
    expect(idFromPath(`seeds/${JA}`)).toBe('integrated-innovation-strategy-2025');
    expect(idFromPath('C:\\docs\\戦略 2025_jp.txt')).toBe('戦略-2025');
    expect(idFromPath('...txt')).toBe('pair');
  });
});

describe('shards', () => {
  const ids = Array.from({ length: 60 }, (_, i) => ({ id: `pair-${i}` }));

  it('parses i/n and refuses what is not a shard', () => {
    expect(parseShard('2/4')).toEqual({ index: 2, count: 4 });
    for (const bad of ['0/4', '5/4', '1/0', '1', 'a/b', '1/2/3']) expect(() => parseShard(bad)).toThrow(InputError);
  });

  it('splits a manifest into disjoint shards that together hold every pair', () => {
    const count = 3;
    const shards = [1, 2, 3].map((index) => selectShard(ids, { index, count }).map((e) => e.id));
    expect(shards.flat().sort()).toEqual(ids.map((e) => e.id).sort());
    expect(new Set(shards.flat()).size).toBe(ids.length);
    expect(shards.every((shard) => shard.length > 0)).toBe(true);
  });

  it('keeps a pair in its shard when the manifest is reordered or grows', () => {
    const before = selectShard(ids, { index: 2, count: 3 }).map((e) => e.id);
    const grown = [{ id: 'new-pair' }, ...ids.slice().reverse()];
    const after = selectShard(grown, { index: 2, count: 3 }).map((e) => e.id);
    expect(after.filter((id) => id !== 'new-pair').sort()).toEqual(before.sort());
    expect(shardOf('pair-7', 3)).toBe(shardOf('pair-7', 3));
  });

  it('selects everything without a shard', () => {
    expect(selectShard(ids, null)).toBe(ids);
  });
});
