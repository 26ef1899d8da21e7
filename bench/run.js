#!/usr/bin/env node
// npm run bench: speed and memory of strategy-align on the seed pair, printed as tables.
//   1. whole commands, cold: `parse`, `align`, `diff` as a user runs them (a fresh process each),
//      on the seeds at 1×, 4× and 16× their length: median and min wall time of RUNS runs after one
//      warm-up run (which fills the OS file cache), and the peak resident memory
//   2. where a cold `diff` spends its time: the stages timed in a fresh process (median of RUNS)
//   3. the stages warm: median of repeated calls after a warm-up (a fresh process per length), at
//      every length, with the time per 1× of document, which stays flat when the cost is linear
//   4. batch throughput: `export --manifest` over 60 pairs at --jobs 1 and 2 (bench/batch.js)
//   5. scale: align, diff, export, report at 1×, 8×, 32×: wall and CPU time, peak RSS (bench/scale.js),
//      and which commands miss the goal of ≤ 300 MB at 32×
//   6. Ctrl-C: time from SIGINT, sent as a named stage starts, to the end of the process, at 32×
//   7. the seeds' report opened in headless Chromium, RUNS times (bench/report-load.js; skipped
//      with a line when chromium is missing)
// Options: --runs N (default 5), --sizes 1,4,16, --scale-sizes 1,8,32, --no-batch, --no-scale,
// --no-interrupt, --no-report-load, --quick (--runs 3 --sizes 1,4 --scale-sizes 1,8).
// The machine is shared and timings move with its load: the load average is printed before and
// after; compare runs taken under similar load.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { cpus, freemem, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { timeStages as timeStagesWith } from './stages.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'strategy-align.js');

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at > 0 ? process.argv[at + 1] : fallback;
}
const quick = process.argv.includes('--quick');
const RUNS = Number(option('--runs', quick ? 3 : 5));
const SIZES = option('--sizes', quick ? '1,4' : '1,4,16').split(',').map(Number);
const WITH_BATCH = !process.argv.includes('--no-batch');
const SCALE_SIZES = option('--scale-sizes', quick ? '1,8' : '1,8,32').split(',').map(Number);
const WITH_SCALE = !process.argv.includes('--no-scale');
const WITH_INTERRUPT = !process.argv.includes('--no-interrupt');
const WITH_REPORT_LOAD = !process.argv.includes('--no-report-load');

if (!existsSync(join(ROOT, 'dist', 'bundle', 'main.cjs'))) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const { writeLongerSeeds } = await import('./longer-seeds.js');
const { benchBatch } = await import('./batch.js');
const { benchScale, benchInterrupts, rssGoalLine } = await import('./scale.js');
const { benchReportLoad } = await import('./report-load.js');
// the public API (src/index.ts): the same chain the CLI and the tests run
const { readSource, parseDocument, annotateDocument, alignDocuments, runDiff } = await import(new URL('../dist/index.js', import.meta.url).href);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

function printTable(title, header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i < 2 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ');
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) console.log(line(row));
}

// ---------------------------------------------------------------- whole commands, cold

const hasGnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true']).status === 0;

/** One cold run of the CLI: wall milliseconds and peak RSS in MB (GNU time, else the child's own maxRSS). */
function runOnce(args, okStatus) {
  let command;
  let commandArgs;
  if (hasGnuTime) {
    command = '/usr/bin/time';
    commandArgs = ['-f', 'maxRSS=%M', process.execPath, BIN, ...args];
  } else {
    command = process.execPath;
    const probe = `process.argv = [process.argv[0], ${JSON.stringify(BIN)}, ...${JSON.stringify(args)}];
      process.on('exit', () => process.stderr.write('maxRSS=' + process.resourceUsage().maxRSS + '\\n'));
      await import(${JSON.stringify(new URL('../bin/strategy-align.js', import.meta.url).href)});`;
    commandArgs = ['--input-type=module', '-e', probe];
  }
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (!okStatus.includes(result.status)) throw new Error(`strategy-align ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  const kb = /maxRSS=(\d+)/.exec(result.stderr);
  return { ms, rssMb: kb ? Number(kb[1]) / 1024 : NaN };
}

function coldCommand(args, okStatus = [0]) {
  runOnce(args, okStatus); // warm-up: the OS file cache, not the process
  const runs = Array.from({ length: RUNS }, () => runOnce(args, okStatus));
  return { median: median(runs.map((r) => r.ms)), min: Math.min(...runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.rssMb)) };
}

// ---------------------------------------------------------------- stages

const STAGES = ['read', 'parse', 'anchors', 'align', 'diff'];

const stageModules = { readSource, parseDocument, annotateDocument, alignDocuments, runDiff };
const timeStages = (jaPath, enPath) => timeStagesWith(stageModules, jaPath, enPath);

function stagesChild(args) {
  const result = spawnSync(process.execPath, ['--max-old-space-size=4096', join(ROOT, 'bench', 'stages-child.js'), ...args], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`bench/stages-child.js failed: ${result.stderr.slice(0, 500)}`);
  return JSON.parse(result.stdout);
}

/** Median of repeated calls after a warm-up, in a fresh process for this length. */
function warmStages(jaPath, enPath, runs) {
  return stagesChild([jaPath, enPath, '--warm', String(runs)]);
}

function coldStages(jaPath, enPath) {
  const samples = [];
  for (let i = 0; i <= RUNS; i++) {
    const sample = stagesChild([jaPath, enPath]);
    if (i > 0) samples.push(sample); // the first one warms the file cache
  }
  return Object.fromEntries(['import', ...STAGES, 'total'].map((stage) => [stage, median(samples.map((s) => s[stage]))]));
}

// ---------------------------------------------------------------- run

const loadBefore = load();
console.log(
  `strategy-align bench: node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'CPU'}, ` +
    `${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} GiB free), load average ${loadBefore}`,
);
console.log(`cold: median and min of ${RUNS} runs after 1 warm-up, each a fresh process; peak RSS via ${hasGnuTime ? '/usr/bin/time' : 'process.resourceUsage()'}`);

const dir = mkdtempSync(join(tmpdir(), 'strategy-align-bench-'));
try {
  const inputs = SIZES.map((k) => ({ k, ...writeLongerSeeds(dir, k) }));

  // Each length must parse as k copies of the body would: the scaling rows measure the same work k times.
  const shapeRows = [];
  for (const input of inputs) {
    const { ja, en, alignment, findings } = timeStages(input.ja.path, input.en.path);
    for (const [lang, document] of [['ja', ja], ['en', en]]) {
      if (document.blocks.length !== input[lang].expectedBlocks) {
        throw new Error(`${input[lang].path}: ${document.blocks.length} blocks, expected ${input[lang].expectedBlocks}`);
      }
    }
    shapeRows.push([`${input.k}×`, `${(input.ja.bytes / 1024).toFixed(0)} + ${(input.en.bytes / 1024).toFixed(0)} KB`, ja.blocks.length, en.blocks.length, alignment.pairs.length, findings]);
  }
  printTable('inputs (the seeds, then k-1 more copies of their body)', ['length', 'ja + en', 'ja blocks', 'en blocks', 'pairs', 'findings'], shapeRows);

  const coldRows = [];
  for (const input of inputs) {
    const commands = [
      ['parse ja', ['parse', input.ja.path, '--format', 'json'], [0]],
      ['parse en', ['parse', input.en.path, '--format', 'json'], [0]],
      ['align', ['align', input.ja.path, input.en.path, '--format', 'json'], [0]],
      ['diff', ['diff', input.ja.path, input.en.path], [0, 1]], // 1: findings, which is what diff is for
    ];
    for (const [name, args, ok] of commands) {
      const r = coldCommand(args, ok);
      coldRows.push([name, `${input.k}×`, r.median.toFixed(0), r.min.toFixed(0), r.rss.toFixed(0)]);
    }
  }
  printTable('whole commands, cold (what a user waits for)', ['command', 'length', 'median ms', 'min ms', 'peak RSS MB'], coldRows);

  const cold = coldStages(inputs[0].ja.path, inputs[0].en.path);
  printTable(
    `where a cold diff of the seeds spends its time (stages in a fresh process, median of ${RUNS})`,
    ['stage', 'length', 'ms'],
    ['import', ...STAGES, 'total'].map((stage) => [stage, '1×', cold[stage].toFixed(0)]),
  );

  const warmRows = [];
  for (const input of inputs) {
    const runs = Math.max(3, Math.round(10 / input.k));
    const warm = warmStages(input.ja.path, input.en.path, runs);
    const total = STAGES.reduce((sum, stage) => sum + warm[stage], 0);
    warmRows.push([`${input.k}×`, runs, ...STAGES.map((stage) => warm[stage].toFixed(1)), total.toFixed(1), (warm.align / input.k).toFixed(1), (total / input.k).toFixed(1)]);
  }
  printTable(
    'stages warm (median of repeated calls after a warm-up, a fresh process per length; "per 1×" stays flat when the cost grows linearly)',
    ['length', 'runs', ...STAGES.map((s) => `${s} ms`), 'total ms', 'align per 1×', 'total per 1×'],
    warmRows,
  );

  if (WITH_BATCH) {
    const batch = benchBatch({ runs: 3 });
    printTable(
      'batch: export --manifest, 60 pairs (pieces of the seeds in four encodings), wall time with start-up, median of 3',
      ['jobs', 'pairs', 'seconds', 'pairs/s'],
      batch.map((r) => [`--jobs ${r.jobs}`, r.pairs, r.seconds.toFixed(2), r.pairsPerSecond.toFixed(1)]),
    );
  }

  const scaleInputs = SCALE_SIZES.map((k) => inputs.find((input) => input.k === k) ?? { k, ...writeLongerSeeds(dir, k) });
  if (WITH_SCALE) {
    const rows = benchScale(scaleInputs, { runs: 3 });
    if (rows === null) console.log('\nscale: skipped (needs GNU time at /usr/bin/time)');
    else {
      printTable(
        'scale: one cold run each (median of 3 below 16×); CPU = user + system, "CPU per 1×" stays flat when the cost grows linearly',
        ['command', 'length', 'wall s', 'CPU s', 'CPU per 1×', 'peak RSS MB'],
        rows,
      );
      const goal = rssGoalLine(rows);
      if (goal) console.log(goal);
    }
  }
  if (WITH_INTERRUPT) {
    const largest = scaleInputs[scaleInputs.length - 1];
    const rows = await benchInterrupts(largest, { align: ['parse', 'align'], diff: ['anchors', 'findings'], export: ['export'], report: ['render'] });
    printTable(
      'Ctrl-C: SIGINT sent as the stage starts, milliseconds until the process has ended (status as Node sees it; a shell shows 130), files left in the output folder',
      ['command', 'stage', 'length', 'ms to exit', 'ended by', 'files left'],
      rows,
    );
  }
  if (WITH_REPORT_LOAD) {
    const times = await benchReportLoad({ runs: RUNS });
    if (times) {
      printTable(
        `report load: the seeds' page (${Math.round(times.bytes / 1024)} KB) in headless Chromium, ms from navigation start, median and min of ${RUNS} fresh tabs (artifacts/report/load-time.json)`,
        ['event', 'median ms', 'min ms'],
        ['domContentLoaded', 'load', 'ready'].map((event) => [event, times.medianMs[event], Math.round(Math.min(...times.runs.map((r) => r[event])))]),
      );
    }
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
console.log(`\nload average before ${loadBefore}, after ${load()}`);
