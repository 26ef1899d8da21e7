// How align, diff, export and report grow with the input (the seeds at 1×, 8×, 32× by default):
// wall time, CPU time (user + system, which the machine's load moves less) and peak RSS of a cold
// run; and how long a run takes to end after SIGINT, sent when a named stage starts (the CLI names
// its stages on stderr under STRATEGY_ALIGN_SIGNAL_READY).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'strategy-align.js');
const GNU_TIME = '/usr/bin/time';

export const SCALE_COMMANDS = {
  align: (ja, en, out) => ['align', ja, en, '--format', 'json', '-o', join(out, 'alignment.json')],
  diff: (ja, en, out) => ['diff', ja, en, '-o', join(out, 'findings.txt')],
  export: (ja, en, out) => ['export', ja, en, '-o', join(out, 'memory.tmx')],
  report: (ja, en, out) => ['report', ja, en, '-o', join(out, 'review.html')],
};

/** One cold run: wall, user + system CPU and peak RSS, from GNU time. */
function measuredRun(args) {
  const result = spawnSync(GNU_TIME, ['-f', 'measured=%e %U %S %M', process.execPath, BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const figures = /measured=([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(result.stderr);
  if (![0, 1].includes(result.status) || !figures) throw new Error(`strategy-align ${args.join(' ')} exited ${result.status}: ${result.stderr.slice(0, 500)}`);
  const [, wall, user, system, kb] = figures.map(Number);
  return { wallS: wall, cpuS: user + system, rssMb: kb / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * Rows of [command, length, median wall s, median CPU s, CPU per 1×, max peak RSS MB] for each
 * command and input; `inputs` are writeLongerSeeds() results with their k.
 */
export function benchScale(inputs, { runs = 1 } = {}) {
  if (!existsSync(GNU_TIME)) return null;
  const out = mkdtempSync(join(tmpdir(), 'strategy-align-scale-'));
  try {
    const rows = [];
    for (const [command, argsOf] of Object.entries(SCALE_COMMANDS)) {
      for (const input of inputs) {
        const samples = Array.from({ length: input.k >= 16 ? 1 : runs }, () => measuredRun(argsOf(input.ja.path, input.en.path, out)));
        const cpu = median(samples.map((s) => s.cpuS));
        rows.push([command, `${input.k}×`, median(samples.map((s) => s.wallS)).toFixed(1), cpu.toFixed(1), (cpu / input.k).toFixed(2), Math.max(...samples.map((s) => s.rssMb)).toFixed(0)]);
      }
    }
    return rows;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** The goal of issue 15: at 32 copies of the seeds, each command's peak RSS at most this. */
export const SCALE_RSS_GOAL = { copies: 32, mb: 300 };

/** One line on the scale rows of benchScale: which commands miss the RSS goal, or that none does. */
export function rssGoalLine(rows) {
  const measured = rows.filter((row) => row[1] === `${SCALE_RSS_GOAL.copies}×`);
  if (measured.length === 0) return null;
  const over = measured.filter((row) => Number(row[5]) > SCALE_RSS_GOAL.mb).map((row) => `${row[0]} ${row[5]} MB`);
  const goal = `peak RSS ≤ ${SCALE_RSS_GOAL.mb} MB at ${SCALE_RSS_GOAL.copies}×`;
  return over.length === 0 ? `${goal}: met by all ${measured.length} commands` : `${goal}: missed by ${over.join(', ')}`;
}

/** Milliseconds from SIGINT, sent when `stage` starts, to the end of the process, and how it ended. */
export function timeToExit(args, stage) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, STRATEGY_ALIGN_SIGNAL_READY: '1' } });
    let stderr = '';
    let sentAt = null;
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      if (sentAt === null && stderr.includes(`strategy-align: stage ${stage}\n`)) {
        sentAt = performance.now();
        child.kill('SIGINT');
      }
    });
    child.on('exit', (code, signal) => {
      if (sentAt === null) reject(new Error(`strategy-align ${args[0]} ended before the ${stage} stage: ${stderr.slice(0, 300)}`));
      else resolve({ ms: performance.now() - sentAt, status: code ?? `${signal}` });
    });
  });
}

/** Rows of [command, stage, length, ms to exit, how it ended, files left] for a signal at each stage given. */
export async function benchInterrupts(input, stagesOf) {
  const rows = [];
  for (const [command, stages] of Object.entries(stagesOf)) {
    for (const stage of stages) {
      const out = mkdtempSync(join(tmpdir(), 'strategy-align-interrupt-bench-'));
      try {
        const { ms, status } = await timeToExit(SCALE_COMMANDS[command](input.ja.path, input.en.path, out), stage);
        const left = readdirSync(out).length;
        rows.push([command, stage, `${input.k}×`, ms.toFixed(0), String(status), left]);
      } finally {
        rmSync(out, { recursive: true, force: true });
      }
    }
  }
  return rows;
}
