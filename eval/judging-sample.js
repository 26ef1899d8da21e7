// Prints the findings to judge for fixtures/dev-corpus-judged.tsv: the deterministic sample of 40
// errors and warnings of the clean dev-corpus pairs (eval/noise.js), rows already judged left out, as
// TSV rows with empty verdict and reason. Usage: node eval/judging-sample.js [size]
import { alignCorpusPair, loadCorpus } from './corpus.js';
import { diffAlignment } from './lib.js';
import { FINDING_COLUMNS, JUDGED_COLUMNS, judgingSample, readJudged, reportedRows, rowKey, tsvCell } from './noise.js';

const pairs = loadCorpus('clean');
const findings = pairs.map((pair) => diffAlignment(alignCorpusPair(pair)));
const judged = new Set(readJudged().map(rowKey));
console.log(JUDGED_COLUMNS.join('\t'));
for (const row of judgingSample(reportedRows(pairs, findings), Number(process.argv[2] ?? 40))) {
  if (!judged.has(rowKey(row))) console.log([...FINDING_COLUMNS.map((c) => tsvCell(row[c])), '', ''].join('\t'));
}
