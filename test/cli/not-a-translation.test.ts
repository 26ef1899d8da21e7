// align, diff, export and report refuse two documents that are not a translation of each other:
// exit 2 and one stderr line, unless --force; in a batch that pair fails with the reason and the
// others go on. The articles in fixtures/dev-corpus/ are from NICT, Japanese-English Bilingual
// Corpus of Wikipedia's Kyoto Articles (CC BY-SA 3.0).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BatchSummary } from '../../src/batch/summary.js';
import { runMain } from '../helpers/run-cli.js';

const JA = 'fixtures/dev-corpus/BDS00155/ja.txt';
const OTHER_EN = 'fixtures/dev-corpus/HST00789/en.md';
const OWN_EN = 'fixtures/dev-corpus/BDS00155/en.md';
const REFUSAL = new RegExp(
  `^strategy-align: ${JA}, ${OTHER_EN}: these do not look like a translation of each other \\(\\d+ of \\d+ block pairs likely right, mean score \\d\\.\\d\\d, \\d+ of \\d+ numbers and dates shared\\); use --force to go on\\n$`,
);

const root = mkdtempSync(join(tmpdir(), 'strategy-align-not-a-translation-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a pair that is not a translation', () => {
  for (const command of [['align'], ['diff'], ['export', '--format', 'tsv'], ['report']]) {
    it(`${command[0]}: exit 2, one stderr line saying why, nothing on stdout`, async () => {
      const result = await runMain([...command, JA, OTHER_EN]);
      expect(result.status).toBe(2);
      expect(result.stderr).toMatch(REFUSAL);
      expect(result.stdout).toBe('');
    });
  }

  it('align --force aligns it anyway', async () => {
    const result = await runMain(['align', '--force', JA, OTHER_EN]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
    expect(JSON.parse(result.stdout).schema).toBe('strategy-align/alignment@1');
  });

  it('the article with its own translation is not refused', async () => {
    const result = await runMain(['align', JA, OWN_EN]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('the seeds are not refused', async () => {
    const result = await runMain(['export', '--format', 'tsv', 'seeds/integrated-innovation-strategy-2025.ja.txt', 'seeds/integrated-innovation-strategy-2025.en.md']);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });

  it('export --manifest: that pair fails with the reason in the summary, the other is exported', async () => {
    const manifest = join(root, 'pairs.tsv');
    const cwd = process.cwd();
    writeFileSync(manifest, `${join(cwd, JA)}\t${join(cwd, OWN_EN)}\town\n${join(cwd, JA)}\t${join(cwd, OTHER_EN)}\tmismatched\n`);
    const out = join(root, 'out');
    const result = await runMain(['export', '--format', 'tsv', '--manifest', manifest, '--out-dir', out, '--jobs', '1'], { code: 'dist' });
    expect(result.status).not.toBe(0);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
    const byId = new Map(summary.pairs.map((p) => [p.id, p]));
    expect(byId.get('own')!.status).toBe('ok');
    expect(byId.get('mismatched')!.status).toBe('failed');
    expect(byId.get('mismatched')!.error).toMatch(/these do not look like a translation of each other \(\d+ of \d+ block pairs likely right, mean score/);
  });
});
