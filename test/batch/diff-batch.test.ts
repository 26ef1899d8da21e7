// `strategy-align diff --manifest`: the batch mode serving diff, one report per pair.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with the benchmark
import { SMALL_PIECES, writeSeedVariants } from '../../bench/seed-variants.js';
import type { BatchSummary } from '../../src/batch/summary.js';
import { runCli } from '../helpers/run-cli.js';

const root = mkdtempSync(join(tmpdir(), 'strategy-align-diff-batch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('diff --manifest', () => {
  let dir: string;
  let entries: Array<{ id: string; ja: string; en: string }>;
  let result: ReturnType<typeof runCli>;
  const out = join(root, 'reports');
  beforeAll(() => {
    dir = join(root, 'pairs');
    const variants = writeSeedVariants(dir, { count: 3, pieces: SMALL_PIECES }) as { manifest: string; entries: typeof entries };
    entries = variants.entries;
    // run from the pairs' folder, as the single-pair runs below are
    result = runCli(['diff', '--manifest', 'pairs.tsv', '--out-dir', out, '--format', 'json', '--jobs', '2'], { cwd: dir });
  }, 600_000);

  it('writes one report per pair, named by its id, and a summary with the counts', () => {
    expect(readdirSync(out).sort()).toEqual([...entries.map((e) => `${e.id}.json`), 'summary.json'].sort());
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
    expect(summary.command).toBe('diff');
    expect(summary.totals.ok).toBe(3);
    for (const pair of summary.pairs) {
      const report = JSON.parse(readFileSync(join(out, `${pair.id}.json`), 'utf8'));
      expect(report.schema).toBe('strategy-align/diff@1');
      const { error, warning, info, suppressed } = report.summary;
      expect(pair.outputs[0]!.counts).toEqual({ error, warning, info, suppressed });
    }
  });

  it('writes each report exactly as `diff JA EN` writes it for that pair', () => {
    for (const entry of entries) {
      const single = runCli(['diff', entry.ja, entry.en, '--format', 'json'], { cwd: dir });
      expect(readFileSync(join(out, `${entry.id}.json`), 'utf8')).toBe(single.stdout);
    }
  });

  it('exits 1 exactly when a pair has a finding at or above --fail-on', () => {
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8')) as BatchSummary;
    const errors = summary.pairs.filter((p) => (p.outputs[0]!.counts!.error ?? 0) > 0);
    expect(summary.pairs.filter((p) => p.failsRun).map((p) => p.id)).toEqual(errors.map((p) => p.id));
    expect(result.status).toBe(errors.length > 0 ? 1 : 0);
    const never = runCli(['diff', '--manifest', 'pairs.tsv', '--out-dir', join(root, 'never'), '--fail-on', 'never'], { cwd: dir });
    expect(never.status).toBe(0);
  });

  it('refuses options that name one pair', () => {
    const withBaseline = runCli(['diff', '--manifest', 'pairs.tsv', '--out-dir', out, '--write-baseline', 'b.json'], { cwd: dir });
    expect(withBaseline.status).toBe(2);
    expect(withBaseline.stderr).toContain('--write-baseline records one pair; run it without --manifest');
    const noArgs = runCli(['diff']);
    expect(noArgs.status).toBe(2);
    expect(noArgs.stderr).toContain('give the Japanese and the English document, or --manifest FILE');
  });
});
