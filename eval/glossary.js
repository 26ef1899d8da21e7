// Glossary quality: precision of the top 100 candidates on the seed pair against a hand judgement
// (fixtures/glossary-judged.tsv). A candidate nobody has judged yet counts as wrong and is listed,
// so a change of ranking never raises the figure by itself.
import { readFileSync } from 'node:fs';
import { buildGlossary } from '../dist/glossary/index.js';
import { parseJudged, precisionAt } from './glossary-judged.js';
import { alignTexts, pct, SEEDS } from './lib.js';

const JUDGED_FILE = 'fixtures/glossary-judged.tsv';

export async function evaluateGlossary() {
  const alignment = alignTexts(readFileSync(SEEDS.ja, 'utf8'), readFileSync(SEEDS.en, 'utf8'));
  const candidates = await buildGlossary(alignment);
  const judged = parseJudged(readFileSync(JUDGED_FILE, 'utf8'));
  const result = precisionAt(candidates, judged);
  console.log(`\nGlossary candidates against the hand judgement (${JUDGED_FILE})`);
  console.log(`  ${candidates.length} candidates; precision@${result.top} ${pct(result.precision)} (${result.correct}/${result.top} correct)`);
  // deeper cut-offs, for information: the judgement covers the top 260 or so
  for (const top of [150, 200]) {
    const deeper = precisionAt(candidates, judged, top);
    console.log(`  precision@${top} ${pct(deeper.precision)} (${deeper.correct}/${deeper.top}; ${deeper.unjudged.length} unjudged)`);
  }
  for (const c of result.wrong) console.log(`  wrong:    ${c.ja} = ${c.en}  (${c.note})`);
  for (const c of result.unjudged) console.log(`  unjudged: ${c.ja} = ${c.en}  (counted as wrong; judge it in ${JUDGED_FILE})`);
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) await evaluateGlossary();
