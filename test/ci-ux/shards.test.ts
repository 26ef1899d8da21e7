// The shard recipe of docs/ci.md (a GitHub Actions matrix, a Kubernetes Indexed Job): whatever the
// number of jobs, the shards together are the whole manifest and each pair is in exactly one. On a
// real manifest: the dev corpus and the seeds (fixtures/batch/dev-corpus-manifest.tsv; pairs from
// NICT, Japanese-English Bilingual Corpus of Wikipedia's Kyoto Articles, CC BY-SA 3.0).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest, parseShard, selectShard } from '../../src/batch/manifest.js';
import { InputError } from '../../src/model.js';
import { REPO_ROOT, runMain } from '../helpers/run-cli.js';

const MANIFEST = join(REPO_ROOT, 'fixtures', 'batch', 'dev-corpus-manifest.tsv');
const text = readFileSync(MANIFEST, 'utf8');
const entries = parseManifest(text, dirname(MANIFEST), MANIFEST);

describe('shards of a real manifest', () => {
  it('reads every pair of the manifest', () => {
    expect(entries).toHaveLength(67); // 33 clean, 33 damaged, the seeds
    expect(entries.at(-1)!.id).toBe('integrated-innovation-strategy-2025');
  });

  for (const count of [1, 2, 3, 4, 5, 7, 8, 16, 67, 100]) {
    it(`${count} shards: the union is the whole manifest, each pair once`, () => {
      const shards = Array.from({ length: count }, (_, i) => selectShard(entries, { index: i + 1, count }).map((entry) => entry.id));
      const union = shards.flat();
      expect(union).toHaveLength(entries.length);
      expect(new Set(union)).toEqual(new Set(entries.map((entry) => entry.id)));
      // each shard keeps manifest order
      for (const shard of shards) expect(shard).toEqual(entries.map((entry) => entry.id).filter((id) => shard.includes(id)));
    });
  }

  it('a 0-based index (JOB_COMPLETION_INDEX) is refused with the fix', () => {
    expect(() => parseShard('0/4')).toThrow(InputError);
    expect(() => parseShard('0/4')).toThrow('--shard counts from 1, not "0/4": for an index that counts from 0 give $((INDEX + 1))/4');
  });
});

describe('--shard i/n through the CLI', () => {
  it('the shards’ summaries together list every pair of the manifest once', async () => {
    // the first six pairs, as they are written in the real manifest
    const dir = mkdtempSync(join(tmpdir(), 'strategy-align-shards-'));
    const lines = text.split('\n').filter((line) => line !== '' && !line.startsWith('#')).slice(0, 6);
    const manifest = join(dirname(MANIFEST), `.shards-test-${process.pid}.tsv`);
    writeFileSync(manifest, `${lines.join('\n')}\n`);
    try {
      const listed: string[] = [];
      for (const index of [1, 2, 3, 4]) {
        const out = join(dir, `shard-${index}`);
        const result = await runMain(['export', '--manifest', manifest, '--out-dir', out, '-f', 'jsonl', '-j', '1', '--shard', `${index}/4`], { code: 'dist' });
        expect([0, 1]).toContain(result.status); // 1 when the dev corpus is absent: those pairs fail, and are listed
        const summary = JSON.parse(readFileSync(join(out, `summary-${index}-of-4.json`), 'utf8'));
        expect(summary.shard).toEqual({ index, count: 4 });
        listed.push(...summary.pairs.map((pair: { id: string }) => pair.id));
      }
      expect(listed.sort()).toEqual(lines.map((line) => line.split('\t')[2]!).sort());
    } finally {
      (await import('node:fs')).rmSync(manifest, { force: true });
    }
  });
});
