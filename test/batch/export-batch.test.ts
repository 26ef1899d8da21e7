// `strategy-align export --manifest`: many real pairs (pieces of the seeds in four encodings) on
// worker threads, through the built CLI as a user runs it. The large manifest holds the seeds'
// sections (a page or two each): many pairs, not much text (bench/batch.js times the large pieces).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error plain JavaScript module shared with the benchmark
import { FINE_CUTS, SMALL_PIECES, seedPieces, writeSeedVariants } from '../../bench/seed-variants.js';
import type { BatchSummary } from '../../src/batch/summary.js';
import { runCli } from '../helpers/run-cli.js';
import { skipWithout, XMLLINT, xmllintNoout } from '../export/tools/external.js';

interface Variants {
  manifest: string;
  entries: Array<{ id: string; ja: string; en: string }>;
}

const root = mkdtempSync(join(tmpdir(), 'strategy-align-batch-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const summaryOf = (dir: string, name = 'summary.json') => JSON.parse(readFileSync(join(dir, name), 'utf8')) as BatchSummary;
const filesIn = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('a manifest of 52 pairs: the sections of the seeds in four encodings', () => {
  let variants: Variants;
  let out: string;
  let result: ReturnType<typeof runCli>;
  beforeAll(() => {
    const sections = (seedPieces(FINE_CUTS) as Array<{ name: string }>).map((piece) => piece.name).filter((name) => name.startsWith('part-'));
    variants = writeSeedVariants(join(root, 'sections'), { cuts: FINE_CUTS, pieces: sections }) as Variants;
    out = join(root, 'sections-out');
    // run from the repository: the manifest's relative paths must resolve from its own folder
    result = runCli(['export', '--manifest', variants.manifest, '--out-dir', out, '--jobs', '2', '--format', 'tmx']);
  }, 600_000); // fifty alignments: a minute on a loaded two-core machine, and a timeout here is no finding

  it('processes every pair and exits 0', () => {
    expect(variants.entries.length).toBeGreaterThanOrEqual(50);
    expect(result.status).toBe(0);
    const summary = summaryOf(out);
    expect(summary.totals).toEqual({ pairs: variants.entries.length, ok: variants.entries.length, failed: 0, failingRun: 0 });
    expect(readdirSync(out).sort()).toEqual([...variants.entries.map((e) => `${e.id}.tmx`), 'summary.json'].sort());
  });

  it('writes each pair to the file named by its id, made from that pair', () => {
    const dir = join(root, 'sections');
    for (const entry of variants.entries) {
      const tmx = readFileSync(join(out, `${entry.id}.tmx`), 'utf8');
      expect(tmx).toContain(`<prop type="x-ja-sha256">${sha256(join(dir, entry.ja))}</prop>`);
      expect(tmx).toContain(`<prop type="x-en-sha256">${sha256(join(dir, entry.en))}</prop>`);
    }
  });

  it('records in the summary what it wrote, in manifest order, with the paths as the manifest wrote them', () => {
    const summary = summaryOf(out);
    expect(summary.pairs.map((p) => p.id)).toEqual(variants.entries.map((e) => e.id));
    const first = summary.pairs[0]!;
    expect(first).toMatchObject({ ja: variants.entries[0]!.ja, en: variants.entries[0]!.en, status: 'ok', line: 2 });
    expect(first.outputs[0]!.sha256).toBe(sha256(join(out, first.outputs[0]!.file)));
    expect(first.outputs[0]!.bytes).toBe(readFileSync(join(out, first.outputs[0]!.file)).length);
  });

  it('shows no progress bar when stderr is not a terminal', () => {
    for (const line of result.stderr.split('\n').filter((l) => l !== '')) expect(line).toMatch(/^strategy-align: warning: /u);
    expect(result.stderr).not.toMatch(/[\r\u001b░█]/u);
  });

  it.skipIf(skipWithout('xmllint', XMLLINT !== null))('writes well-formed TMX for every pair', () => {
    for (const entry of variants.entries.slice(0, 15)) expect(xmllintNoout(join(out, `${entry.id}.tmx`)).status).toBe(0);
  });
});

describe('a small manifest', () => {
  let variants: Variants;
  beforeAll(() => {
    variants = writeSeedVariants(join(root, 'small'), { count: 8, pieces: SMALL_PIECES, encodings: ['utf8', 'utf16le'] }) as Variants;
  });
  const run = (name: string, extra: string[], manifest = variants.manifest) => {
    const out = join(root, name);
    return { out, result: runCli(['export', '--manifest', manifest, '--out-dir', out, '--format', 'jsonl', ...extra]) };
  };
  // the manifest with two workers (the default on two cores), run once and read by three tests
  let twoWorkers: ReturnType<typeof run> | undefined;
  const withTwoWorkers = () => (twoWorkers ??= run('jobs-2', ['--jobs', '2']));

  it('writes the same bytes with one worker as with two', () => {
    const one = run('jobs-1', ['--jobs', '1']);
    const two = withTwoWorkers();
    expect([one.result.status, two.result.status]).toEqual([0, 0]);
    expect(filesIn(two.out)).toEqual(filesIn(one.out));
  });

  it('reports failing pairs, goes on with the others and exits 1', () => {
    const dir = join(root, 'small');
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    writeFileSync(join(dir, 'binary.ja.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00]));
    const good = readFileSync(variants.manifest, 'utf8').trimEnd().split('\n');
    const broken = [
      ...good.slice(0, 3), // the comment line and two pairs

      `missing.ja.txt\t${variants.entries[0]!.en}\tmissing`,
      ...good.slice(3, 6),
      `binary.ja.txt\t${variants.entries[0]!.en}\tbinary`,
      `a-folder\t${variants.entries[0]!.en}\tfolder`,
      ...good.slice(6),
    ];
    const manifest = join(dir, 'broken.tsv');
    writeFileSync(manifest, `${broken.join('\n')}\n`);
    const clean = withTwoWorkers();
    const failing = run('failing', ['--jobs', '2'], manifest);

    expect(failing.result.status).toBe(1);
    const errors = failing.result.stderr.split('\n').filter((l) => l !== '' && !l.startsWith('strategy-align: warning:'));
    expect(errors.slice(0, 3).sort()).toEqual([
      'strategy-align: binary (manifest line 8): binary.ja.txt: looks like a binary file, not text',
      'strategy-align: folder (manifest line 9): a-folder: is a directory, not a file',
      'strategy-align: missing (manifest line 4): missing.ja.txt: no such file',
    ]);
    expect(errors[3]).toMatch(/^strategy-align: 3 of 11 pairs failed; the others were written \(see .*summary\.json\)$/u);

    // the other pairs' outputs are there and identical to a run without failures
    const { 'summary.json': _a, ...cleanOutputs } = filesIn(clean.out);
    const { 'summary.json': _b, ...failingOutputs } = filesIn(failing.out);
    expect(failingOutputs).toEqual(cleanOutputs);
    const summary = summaryOf(failing.out);
    expect(summary.totals).toEqual({ pairs: 11, ok: 8, failed: 3, failingRun: 0 });
    expect(summary.pairs.find((p) => p.id === 'missing')).toMatchObject({ status: 'failed', outputs: [], error: 'missing.ja.txt: no such file' });
  });

  it('splits the manifest into shards whose outputs together are the whole', () => {
    const whole = withTwoWorkers();
    const out = join(root, 'sharded');
    const shards = [1, 2, 3].map((i) => runCli(['export', '--manifest', variants.manifest, '--out-dir', out, '--format', 'jsonl', '--shard', `${i}/3`]));
    expect(shards.map((s) => s.status)).toEqual([0, 0, 0]);
    const parts = [1, 2, 3].map((i) => summaryOf(out, `summary-${i}-of-3.json`));
    const ids = parts.flatMap((part) => part.pairs.map((p) => p.id));
    expect(ids.sort()).toEqual(variants.entries.map((e) => e.id).sort());
    expect(parts.map((part) => part.shard)).toEqual([1, 2, 3].map((index) => ({ index, count: 3 })));
    const { 'summary.json': _w, ...wholeOutputs } = filesIn(whole.out);
    const sharded = Object.fromEntries(Object.entries(filesIn(out)).filter(([name]) => !name.startsWith('summary-')));
    expect(sharded).toEqual(wholeOutputs);
  });

  it('refuses a manifest whose pair would overwrite the summary', () => {
    const manifest = join(root, 'small', 'clash.tsv');
    writeFileSync(manifest, `${variants.entries[0]!.ja}\t${variants.entries[0]!.en}\tsummary\n`);
    const result = runCli(['export', '--manifest', manifest, '--out-dir', join(root, 'clash'), '--format', 'tsv', '--summary', join(root, 'clash', 'summary.tsv')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/^strategy-align: .*clash\.tsv: line 1: the output of "summary" would overwrite the summary summary\.tsv; rename the pair\n$/u);
  });

  it('reads the manifest from stdin with "-", paths from the current folder', () => {
    const text = readFileSync(variants.manifest, 'utf8');
    const out = join(root, 'stdin');
    const result = runCli(['export', '--manifest', '-', '--out-dir', out, '--format', 'tsv'], { cwd: join(root, 'small'), input: text });
    expect(result.status).toBe(0);
    expect(summaryOf(out).totals.ok).toBe(8);
  });

  it.skipIf(process.platform === 'win32')('draws a progress bar when stderr is a terminal', () => {
    const out = join(root, 'tty');
    const command = [process.execPath, join(process.cwd(), 'bin', 'strategy-align.js'), 'export', '--manifest', variants.manifest, '--out-dir', out, '--format', 'tsv']
      .map((part) => `'${part}'`)
      .join(' ');
    // script(1) runs the command with a pseudo-terminal as its stdout and stderr
    const result = runScript(command);
    expect(result).toMatch(/export .* 8\/8 pairs \| 0 failed/u);
  });
});

function runScript(command: string): string {
  const result = spawnSync('script', ['-qec', command, '/dev/null'], { encoding: 'utf8', env: { ...process.env, COLUMNS: '160' } });
  if (result.error) throw result.error;
  return result.stdout;
}
