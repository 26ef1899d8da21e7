// Batch throughput: `export --manifest` over 60 real pairs (pieces of the seeds in four encodings)
// at --jobs 1 and --jobs 2, wall time including start-up, reported as pairs per second.
// Run after `npm run build`: node bench/batch.js [--runs N]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSeedVariants } from './seed-variants.js';

const BIN = fileURLToPath(new URL('../bin/strategy-align.js', import.meta.url));
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 3;

export function benchBatch({ runs = RUNS, jobsList = [1, 2], format = 'tmx' } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'strategy-align-bench-batch-'));
  try {
    const { manifest, entries } = writeSeedVariants(join(dir, 'pairs'));
    const results = [];
    for (const jobs of jobsList) {
      const times = [];
      for (let run = 0; run < runs; run++) {
        const out = join(dir, `out-${jobs}-${run}`);
        const start = process.hrtime.bigint();
        const result = spawnSync(process.execPath, [BIN, 'export', '--manifest', manifest, '--out-dir', out, '--jobs', String(jobs), '--format', format], {
          encoding: 'utf8',
        });
        const seconds = Number(process.hrtime.bigint() - start) / 1e9;
        if (result.status !== 0) throw new Error(`export --manifest failed (exit ${result.status}): ${result.stderr.slice(0, 500)}`);
        const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
        if (summary.totals.ok !== entries.length) throw new Error(`only ${summary.totals.ok} of ${entries.length} pairs succeeded`);
        times.push(seconds);
      }
      const median = times.slice().sort((a, b) => a - b)[Math.floor(times.length / 2)];
      results.push({ jobs, pairs: entries.length, seconds: median, pairsPerSecond: entries.length / median });
    }
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const r of benchBatch()) {
    console.log(`export --manifest (${r.pairs} pairs, --jobs ${r.jobs}): ${r.seconds.toFixed(2)} s, ${r.pairsPerSecond.toFixed(1)} pairs/s (median of ${RUNS})`);
  }
}
