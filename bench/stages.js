// The diff pipeline stage by stage, timed: shared by bench/run.js (in process) and
// bench/stages-child.js (in a fresh process, after timing the imports). It imports nothing itself,
// so the child's import time is the stages' own.

/** One run of read → parse → anchors → align → diff with the given stage modules; milliseconds per stage. */
export function timeStages({ readSource, parseDocument, annotateDocument, alignDocuments, runDiff }, jaPath, enPath) {
  const times = {};
  let mark = performance.now();
  const lap = (stage) => {
    const now = performance.now();
    times[stage] = now - mark;
    mark = now;
  };
  const sources = [readSource(jaPath), readSource(enPath)];
  lap('read');
  const parsed = sources.map((source) => parseDocument(source));
  lap('parse');
  const [ja, en] = parsed.map((document) => annotateDocument(document));
  lap('anchors');
  const alignment = alignDocuments(ja, en);
  lap('align');
  const result = runDiff(alignment);
  lap('diff');
  return { times, ja, en, alignment, findings: result.discrepancies.length };
}
