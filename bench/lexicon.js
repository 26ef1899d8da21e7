// npm run build && node bench/lexicon.js: the lexicon's load time and memory, its lookups, and the
// Japanese segmentation of the seed document. Each figure from a fresh process where it matters
// (a load is paid once per process).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const dist = `${root}dist/lexicon/`;

function child(code) {
  const run = spawnSync(process.execPath, ['--expose-gc', '--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout);
}

const loadRuns = [];
for (let i = 0; i < 5; i++) {
  loadRuns.push(
    child(`
      const { dictionary, lookupJapanese } = await import(${JSON.stringify(`${dist}dictionary.js`)});
      globalThis.gc(); const before = process.memoryUsage();
      const t0 = performance.now(); dictionary(); const load = performance.now() - t0;
      const t1 = performance.now(); lookupJapanese('研究開発'); const first = performance.now() - t1;
      globalThis.gc(); const after = process.memoryUsage();
      const mb = (k) => (after[k] - before[k]) / 2 ** 20;
      console.log(JSON.stringify({ load, first, rss: mb('rss'), heap: mb('heapUsed'), external: mb('external') + mb('arrayBuffers') }));
    `),
  );
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => x.toFixed(1);
console.log(`lexicon/edict load (median of ${loadRuns.length} processes): ${fmt(median(loadRuns.map((r) => r.load)))} ms, first lookup ${fmt(median(loadRuns.map((r) => r.first)))} ms`);
console.log(`  memory added: rss ${fmt(median(loadRuns.map((r) => r.rss)))} MB, heap ${fmt(median(loadRuns.map((r) => r.heap)))} MB, external+arrayBuffers ${fmt(median(loadRuns.map((r) => r.external)))} MB`);

let segment;
try {
  ({ segmentJapanese: segment } = await import(`${dist}segment.js`));
} catch {
  segment = null;
}
if (segment) {
  const ja = readFileSync(`${root}seeds/integrated-innovation-strategy-2025.ja.txt`, 'utf8').normalize('NFKC');
  segment('準備'); // load the dictionary outside the timing
  const times = [];
  let tokens = 0;
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now();
    tokens = 0;
    for (const line of ja.split('\n')) tokens += segment(line).length;
    times.push(performance.now() - t0);
  }
  console.log(`segmentation of the seed JA (${ja.length} characters, ${tokens} tokens): first ${fmt(times[0])} ms, median ${fmt(median(times))} ms`);
}
