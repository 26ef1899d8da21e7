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
      const c0 = process.cpuUsage(); const t0 = performance.now(); dictionary(); const load = performance.now() - t0;
      const c = process.cpuUsage(c0); const cpu = (c.user + c.system) / 1000;
      const t1 = performance.now(); lookupJapanese('研究開発'); const first = performance.now() - t1;
      globalThis.gc(); const after = process.memoryUsage();
      const mb = (k) => (after[k] - before[k]) / 2 ** 20;
      console.log(JSON.stringify({ load, cpu, first, rss: mb('rss'), heap: mb('heapUsed'), external: mb('external') }));
    `),
  );
}
const median = (xs) => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (x) => x.toFixed(1);
const m = (k) => fmt(median(loadRuns.map((r) => r[k])));
console.log(`lexicon/edict load (median of ${loadRuns.length} processes): ${m('load')} ms (CPU ${m('cpu')} ms), first lookup ${m('first')} ms`);
console.log(`  memory added: rss ${m('rss')} MB, heap ${m('heap')} MB, external ${m('external')} MB`);
// for comparison: reading the whole files into Buffers, as the tables were loaded before SLX3
const read = child(`
  const { readFileSync } = await import('node:fs');
  const t0 = performance.now();
  for (const f of ['ja-en.bin', 'en-ja.bin']) readFileSync(${JSON.stringify(`${root}lexicon/edict/`)} + f);
  console.log(JSON.stringify({ read: performance.now() - t0 }));
`);
console.log(`  (readFileSync of the two files alone, same machine: ${fmt(read.read)} ms)`);

// What a run pays for the lexicon from a cold start: the load, then segmenting the seed document
// and decoding the entries of its words, and looking up its English stems, all in a fresh process
// (the parts of the tables a document reaches are read as it reaches them).
const seedJa = `${root}seeds/integrated-innovation-strategy-2025.ja.txt`;
const seedEn = `${root}seeds/integrated-innovation-strategy-2025.en.md`;
const coldRuns = [];
for (let i = 0; i < 5; i++) {
  coldRuns.push(
    child(`
      const { readFileSync } = await import('node:fs');
      const { dictionary, entryAt, glossStemIds, englishStemId } = await import(${JSON.stringify(`${dist}dictionary.js`)});
      const { segmentJapanese } = await import(${JSON.stringify(`${dist}segment.js`)});
      const { englishWords } = await import(${JSON.stringify(`${dist}english.js`)});
      const ja = readFileSync(${JSON.stringify(seedJa)}, 'utf8').normalize('NFKC').split('\\n');
      const en = readFileSync(${JSON.stringify(seedEn)}, 'utf8').split('\\n');
      globalThis.gc(); const before = process.memoryUsage().rss;
      const c0 = process.cpuUsage(); const t0 = performance.now();
      dictionary();
      for (const line of ja) for (const token of segmentJapanese(line)) if (token.entry >= 0) { entryAt(token.entry); glossStemIds(token.entry); }
      for (const line of en) for (const word of englishWords(line)) englishStemId(word.stem);
      const c = process.cpuUsage(c0);
      console.log(JSON.stringify({ wall: performance.now() - t0, cpu: (c.user + c.system) / 1000, rss: (process.memoryUsage().rss - before) / 2 ** 20 }));
    `),
  );
}
const cm = (k) => fmt(median(coldRuns.map((r) => r[k])));
console.log(`cold use (load, segment the seed JA, decode its entries, look up the seed EN's stems; median of ${coldRuns.length} processes): ${cm('wall')} ms (CPU ${cm('cpu')} ms), rss +${cm('rss')} MB`);

let segment;
try {
  ({ segmentJapanese: segment } = await import(`${dist}segment.js`));
} catch {
  segment = null;
}
if (segment) {
  const ja = readFileSync(`${root}seeds/integrated-innovation-strategy-2025.ja.txt`, 'utf8').normalize('NFKC');
  segment('準備'); // open the dictionary outside the timing (the first pass reads the key blocks it reaches)
  const times = [];
  const cpus = [];
  let tokens = 0;
  for (let i = 0; i < 5; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    tokens = 0;
    for (const line of ja.split('\n')) tokens += segment(line).length;
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  console.log(
    `segmentation of the seed JA (${ja.length} characters, ${tokens} tokens): first pass ${fmt(times[0])} ms (CPU ${fmt(cpus[0])}), ` +
      `median of 5 ${fmt(median(times))} ms (CPU ${fmt(median(cpus))})`,
  );
}
