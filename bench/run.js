#!/usr/bin/env node
// npm run bench: speed and memory of each stage on the seed pair. One row per case; to add a stage
// (align, diff, batch…), push a case with its in-process function and its CLI arguments.
//   in-process: median and min of RUNS timed calls after WARMUP untimed ones (same process, warm JIT)
//   process:    median wall time of PROCESS_RUNS whole `strategy-align …` runs (cold start each time),
//               and the peak RSS of one of them (/usr/bin/time -v, else the child's own maxRSS)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WARMUP = 3;
const RUNS = 15;
const PROCESS_RUNS = 5;

if (!existsSync(`${ROOT}dist/cli/index.js`)) {
  console.error('bench: dist/ is missing; run `npm run build` first');
  process.exit(2);
}
const { readSource } = await import(`${ROOT}dist/read/index.js`);
const { parseDocument } = await import(`${ROOT}dist/parse/index.js`);
const { annotateDocument } = await import(`${ROOT}dist/anchors/index.js`);
const { alignDocuments } = await import(`${ROOT}dist/align/index.js`);
const { runDiff } = await import(`${ROOT}dist/diff/index.js`);

const SEED = {
  ja: 'seeds/integrated-innovation-strategy-2025.ja.txt',
  en: 'seeds/integrated-innovation-strategy-2025.en.md',
};

const seedDocuments = () => ({
  ja: annotateDocument(parseDocument(readSource(`${ROOT}${SEED.ja}`))),
  en: annotateDocument(parseDocument(readSource(`${ROOT}${SEED.en}`))),
});

/**
 * One row each. `setup` prepares the stage's input outside the timing; `run` is the stage alone;
 * `cli` is the whole command a user runs (`okStatus`: exit codes that are not failures).
 * @type {Array<{ stage: string, input: string, setup: () => any, run: (state: any) => unknown, cli: string[], okStatus?: number[] }>}
 */
const cases = [
  {
    stage: 'parse',
    input: 'ja seed',
    setup: () => readSource(`${ROOT}${SEED.ja}`),
    run: (source) => parseDocument(source),
    cli: ['parse', SEED.ja, '--format', 'json'],
  },
  {
    stage: 'parse',
    input: 'en seed',
    setup: () => readSource(`${ROOT}${SEED.en}`),
    run: (source) => parseDocument(source),
    cli: ['parse', SEED.en, '--format', 'json'],
  },
  {
    stage: 'align',
    input: 'seed pair',
    setup: seedDocuments,
    run: ({ ja, en }) => alignDocuments(ja, en),
    cli: ['align', SEED.ja, SEED.en, '--format', 'json'],
  },
  {
    stage: 'diff',
    input: 'seed pair',
    setup: () => {
      const { ja, en } = seedDocuments();
      return alignDocuments(ja, en);
    },
    run: (alignment) => runDiff(alignment),
    cli: ['diff', SEED.ja, SEED.en, '--format', 'json'],
    okStatus: [0, 1], // 1: findings, which is what diff is for
  },
];

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

function inProcess(c) {
  const state = c.setup();
  for (let i = 0; i < WARMUP; i++) c.run(state);
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const start = process.hrtime.bigint();
    c.run(state);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { median: median(times), min: Math.min(...times) };
}

const hasGnuTime = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;
const bin = `${ROOT}bin/strategy-align.js`;

function wholeProcess(c) {
  const times = [];
  for (let i = 0; i < PROCESS_RUNS; i++) {
    const start = process.hrtime.bigint();
    const r = spawnSync(process.execPath, [bin, ...c.cli], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (!(c.okStatus ?? [0]).includes(r.status)) throw new Error(`${c.cli.join(' ')} exited ${r.status}: ${r.stderr}`);
  }
  return { median: median(times), rssMb: peakRss(c) };
}

/** Peak resident set size of one whole run, in MB. */
function peakRss(c) {
  if (hasGnuTime) {
    const r = spawnSync('/usr/bin/time', ['-v', process.execPath, bin, ...c.cli], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    const kb = /Maximum resident set size \(kbytes\): (\d+)/.exec(r.stderr);
    if (kb) return Number(kb[1]) / 1024;
  }
  const probe = `process.argv = [process.argv[0], ${JSON.stringify(bin)}, ...${JSON.stringify(c.cli)}];
    process.on('exit', () => process.stderr.write('maxRSS=' + process.resourceUsage().maxRSS + '\\n'));
    import(${JSON.stringify(bin)});`;
  const r = spawnSync(process.execPath, ['-e', probe], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const kb = /maxRSS=(\d+)/.exec(r.stderr);
  return kb ? Number(kb[1]) / 1024 : NaN;
}

const rows = cases.map((c) => {
  const warm = inProcess(c);
  const cold = wholeProcess(c);
  return [c.stage, c.input, warm.median.toFixed(2), warm.min.toFixed(2), cold.median.toFixed(0), cold.rssMb.toFixed(1)];
});

const header = ['stage', 'input', 'median ms', 'min ms', 'process ms', 'peak RSS MB'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells) => cells.map((cell, i) => (i < 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
console.log(`node ${process.version}, ${cpus().length} CPUs; in-process: median/min of ${RUNS} runs after ${WARMUP} warm-up; process: median wall of ${PROCESS_RUNS} cold runs of the command, peak RSS via ${hasGnuTime ? '/usr/bin/time -v' : 'process.resourceUsage()'}`);
console.log(line(header));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const row of rows) console.log(line(row));
