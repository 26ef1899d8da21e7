// The pipeline stage by stage in a fresh process, for bench/run.js. Prints JSON milliseconds:
//   node bench/stages-child.js JA EN            one cold run: import (loading the stage modules),
//                                               read, parse, anchors, align, diff, total
//   node bench/stages-child.js JA EN --warm N   one untimed run, then the median of N timed runs
//                                               of each stage (a fresh process per length keeps one
//                                               length's garbage from slowing the next)
import { timeStages } from './stages.js';

const start = performance.now();
const root = new URL('..', import.meta.url);
const load = (path) => import(new URL(path, root).href);
// The stage modules one by one rather than dist/index.js: the cold import time is what a diff run
// loads, and the public API also loads export and report (xmlbuilder2), which diff does not.
const [{ readSource }, { parseDocument }, { annotateDocument }, { alignDocuments }, { runDiff }] = await Promise.all([
  load('dist/read/index.js'),
  load('dist/parse/index.js'),
  load('dist/anchors/index.js'),
  load('dist/align/index.js'),
  load('dist/diff/index.js'),
]);
const imported = performance.now() - start;
const [jaPath, enPath, flag, count] = process.argv.slice(2);

const runStages = () => timeStages({ readSource, parseDocument, annotateDocument, alignDocuments, runDiff }, jaPath, enPath).times;

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};

if (flag === '--warm') {
  runStages();
  const samples = Array.from({ length: Number(count) }, runStages);
  process.stdout.write(`${JSON.stringify(Object.fromEntries(Object.keys(samples[0]).map((stage) => [stage, median(samples.map((s) => s[stage]))])))}\n`);
} else {
  const times = { import: imported, ...runStages() };
  times.total = performance.now() - start;
  process.stdout.write(`${JSON.stringify(times)}\n`);
}
