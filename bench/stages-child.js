// One cold run of the pipeline, stage by stage, in a fresh process: what a user's `diff` spends its
// time on. Prints JSON milliseconds: import (loading the stage modules), read, parse, anchors,
// align, diff. Used by bench/run.js; by hand: node bench/stages-child.js JA EN
const start = performance.now();
const root = new URL('..', import.meta.url);
const load = (path) => import(new URL(path, root).href);
const [{ readSource }, { parseDocument }, { annotateDocument }, { alignDocuments }, { runDiff }] = await Promise.all([
  load('dist/read/index.js'),
  load('dist/parse/index.js'),
  load('dist/anchors/index.js'),
  load('dist/align/index.js'),
  load('dist/diff/index.js'),
]);
const times = { import: performance.now() - start };
let mark = performance.now();
const lap = (stage) => {
  const now = performance.now();
  times[stage] = (times[stage] ?? 0) + (now - mark);
  mark = now;
};
const [jaPath, enPath] = process.argv.slice(2);
const sources = [readSource(jaPath), readSource(enPath)];
lap('read');
const parsed = sources.map((source) => parseDocument(source));
lap('parse');
const [ja, en] = parsed.map((document) => annotateDocument(document));
lap('anchors');
const alignment = alignDocuments(ja, en);
lap('align');
runDiff(alignment);
lap('diff');
times.total = performance.now() - start;
process.stdout.write(`${JSON.stringify(times)}\n`);
