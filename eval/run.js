// npm run eval: on the seed pair, alignment quality (gold + synthetic damage), diff quality
// (mutations) and, where present, glossary precision (figures in the README); then the dev-corpus
// evaluation (eval/dev-corpus.js; figures in docs/quality.md and eval/results.json).
// EVAL_PART=seed or EVAL_PART=dev-corpus runs one of the two.
import { existsSync } from 'node:fs';
import { evaluateDamage, evaluateGold, loadSeedsAndGold } from './align.js';
import { evaluateMutations } from './diff.js';
import { runDevCorpus } from './dev-corpus.js';
import { addCounts, pct } from './lib.js';

async function runSeeds() {
  const { ja, en, gold } = loadSeedsAndGold();

  const g = evaluateGold(ja, en, gold);
  console.log('Block alignment against the hand-checked gold (fixtures/gold/block-alignment.tsv)');
  console.log(`  links: ${g.gold} gold, ${g.predicted} predicted, ${g.hits} correct`);
  console.log(`  precision ${pct(g.precision)}  recall ${pct(g.recall)}  F1 ${pct(g.f1)}`);
  const describeCalibration = (c) =>
    `pairs scoring >= 0.5: ${c.rightHigh} right, ${c.wrongHigh} wrong; under 0.5: ${c.rightLow} right, ${c.wrongLow} wrong`;
  console.log(`  ${describeCalibration(g.calibration)}`);
  if (g.missed.length) console.log(`  missed: ${g.missed.join(' ')}`);
  if (g.wrong.length) console.log(`  wrong:  ${g.wrong.join(' ')}`);

  console.log('\nBlock alignment under synthetic damage (truth known by construction)');
  let damaged = {};
  for (const [name, r] of Object.entries(evaluateDamage(ja, en, gold))) {
    console.log(`  ${name.padEnd(34)} precision ${pct(r.precision)}  recall ${pct(r.recall)}  F1 ${pct(r.f1)}  (${r.trials} trials)`);
    damaged = addCounts(damaged, r.calibration);
  }
  console.log(`  scores over all trials: ${describeCalibration(damaged)}`);

  console.log('\nDiff under mutation of the English (one mutation per run)');
  const mutations = evaluateMutations(ja, en, Number(process.env.EVAL_TRIALS ?? 40));
  let applied = 0;
  let caught = 0;
  for (const [name, r] of Object.entries(mutations)) {
    applied += r.applied;
    caught += r.caught;
    console.log(`  ${name.padEnd(16)} caught ${r.caught}/${r.applied} (${pct(r.recall)})  extra findings per mutation ${r.extrasPerMutation.toFixed(2)}`);
    if (process.env.EVAL_VERBOSE) for (const m of r.misses) console.log(`      missed ${m}`);
  }
  console.log(`  overall recall ${pct(caught / applied)}`);

  if (existsSync(new URL('./glossary.js', import.meta.url))) {
    const { evaluateGlossary } = await import('./glossary.js');
    await evaluateGlossary();
  }
}

const part = process.env.EVAL_PART;
if (part !== 'dev-corpus') await runSeeds();
if (part !== 'seed') runDevCorpus();
